using Tandem.BrowserTests.Infrastructure;

namespace Tandem.BrowserTests.Screenshots;

/// <summary>docs/screenshots at the root of the repository, found from wherever the tests run.</summary>
internal static class ScreenshotFolder
{
    public static string Path { get; } = RepositoryFolder.Docs("screenshots");
}
