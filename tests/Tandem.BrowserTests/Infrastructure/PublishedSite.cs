using Microsoft.Playwright;

namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// The system with the sample posts published through the editor, as their authors would, and a
/// signed-in session of the featured post's author that tests can reuse without signing in again.
/// </summary>
public sealed class PublishedSite : BrowserSystem
{
    private string? _authorState;
    private string? _featuredPath;
    private string? _authorPath;

    /// <summary>The cookies of the featured author's browser, for a context that starts signed in.</summary>
    public string AuthorState => _authorState ?? throw NotPublished();

    public string FeaturedPostPath => _featuredPath ?? throw NotPublished();

    /// <summary>The featured author's page, /u/{handle}.</summary>
    public string AuthorPagePath => _authorPath ?? throw NotPublished();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        // Each author keeps a browser open, so the posts go out in the order the list gives, newest last.
        var contexts = new List<IBrowserContext>();
        try
        {
            var pages = new Dictionary<DevPerson, IPage>();
            foreach (var author in SamplePosts.All.Select(post => post.Author).Distinct())
            {
                var context = await NewContextAsync();
                contexts.Add(context);
                pages[author] = await context.NewPageAsync();
                await SiteSteps.SignInAsync(pages[author], author);
            }

            foreach (var post in SamplePosts.All)
            {
                await PublishAsync(pages[post.Author], post);
            }

            _authorState = await pages[SamplePosts.Featured.Author].Context.StorageStateAsync();
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    /// <summary>A context that is already signed in as the featured post's author.</summary>
    public Task<IBrowserContext> NewAuthorContextAsync(ColorScheme colorScheme) =>
        NewContextAsync(new() { StorageState = AuthorState, ColorScheme = colorScheme });

    private async Task PublishAsync(IPage page, SamplePost post)
    {
        var path = await SiteSteps.PublishAsync(page, post.Title, post.Body);
        if (post == SamplePosts.Featured)
        {
            _featuredPath = path;
            _authorPath = await page.Locator("article.post a[rel=author]").GetAttributeAsync("href");
        }
    }

    private static InvalidOperationException NotPublished() => new("The sample posts have not been published.");
}
