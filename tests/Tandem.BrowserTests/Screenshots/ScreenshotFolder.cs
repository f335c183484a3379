namespace Tandem.BrowserTests.Screenshots;

/// <summary>docs/screenshots at the root of the repository, found from wherever the tests run.</summary>
internal static class ScreenshotFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Tandem.slnx")))
            {
                var screenshots = System.IO.Path.Combine(folder.FullName, "docs", "screenshots");
                return Directory.CreateDirectory(screenshots).FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Tandem.slnx above {AppContext.BaseDirectory}, so there is no repository to save screenshots in.");
    }
}
