namespace Tandem.BrowserTests.Infrastructure;

/// <summary>Folders under docs/ at the root of the repository, found from wherever the tests run.</summary>
internal static class RepositoryFolder
{
    /// <summary>docs/<paramref name="name"/>, created if it is not there yet.</summary>
    public static string Docs(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tandem.slnx")))
            {
                return Directory.CreateDirectory(Path.Combine(folder.FullName, "docs", name)).FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Tandem.slnx above {AppContext.BaseDirectory}, so there is no repository to write docs/{name} in.");
    }
}
