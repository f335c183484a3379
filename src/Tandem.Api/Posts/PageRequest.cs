using System.Globalization;

namespace Tandem.Api.Posts;

/// <summary>
/// Which page of a newest-first list to read: the rows whose id is below <see cref="Before"/> (all when
/// null), at most <see cref="Limit"/> of them.
/// </summary>
internal sealed record PageRequest(long? Before, int Limit)
{
    public const int DefaultLimit = 20;

    public const int MaxLimit = 50;

    /// <summary>
    /// Reads the <c>before</c> and <c>limit</c> query parameters. They are bound as text so that a value
    /// like <c>limit=abc</c> gets the same field-keyed validation error as <c>limit=500</c>.
    /// </summary>
    public static PageRequest? Parse(string? before, string? limit, out Dictionary<string, string[]> errors)
    {
        errors = [];

        long? beforeId = null;
        if (before is not null)
        {
            if (long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                beforeId = id;
            }
            else
            {
                errors["before"] = ["before must be an id, as a nextBefore gives it: a whole number of 1 or more."];
            }
        }

        var count = DefaultLimit;
        if (limit is not null
            && !(int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count)
                && count is >= 1 and <= MaxLimit))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {MaxLimit}."];
        }

        return errors.Count == 0 ? new PageRequest(beforeId, count) : null;
    }
}
