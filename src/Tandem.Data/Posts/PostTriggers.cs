namespace Tandem.Data.Posts;

/// <summary>
/// The names of the triggers on Posts that raise <see cref="ContentVersion"/>. Each provider's
/// AddContentVersion migration creates them in its own SQL; the model only declares that they exist, which
/// makes EF Core save to Posts in a way that tables with triggers allow.
/// </summary>
public static class PostTriggers
{
    public const string AfterInsert = "Posts_content_version_after_insert";

    public const string AfterUpdate = "Posts_content_version_after_update";

    public const string AfterDelete = "Posts_content_version_after_delete";
}
