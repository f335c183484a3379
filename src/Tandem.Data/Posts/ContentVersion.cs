namespace Tandem.Data.Posts;

/// <summary>
/// The single row (<see cref="SingleRowId"/>) whose <see cref="Value"/> the database itself raises on every
/// insert, update and delete of a post, so that a cache of rendered pages can tell that anything changed by
/// reading one number.
/// </summary>
/// <remarks>
/// Triggers on the Posts table do the counting (see <see cref="PostTriggers"/>), so it also counts rows that
/// no code here writes one by one: the workload seeder's bulk inserts and the posts that the database deletes
/// by cascade with their author. The value only ever goes up; it never returns to one a reader saw before.
/// </remarks>
public sealed class ContentVersion
{
    public const int SingleRowId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
