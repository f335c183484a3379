namespace Tandem.Data.Posts;

/// <summary>The sizes a post may have; the API validates against them and the schema enforces the title.</summary>
public static class PostLimits
{
    public const int TitleMaxLength = 200;

    public const int BodyMaxBytes = 100 * 1024;

    public const int ExcerptLength = 160;
}
