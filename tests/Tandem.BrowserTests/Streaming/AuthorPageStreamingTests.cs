using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Streaming;

/// <summary>The author page's posts are streamed in after the page starts, with script and without.</summary>
[Collection(SharedPublishedSite.Name)]
public sealed class AuthorPageStreamingTests(PublishedSite site)
{
    private static int FeaturedAuthorsPosts => SamplePosts.All.Count(post => post.Author == SamplePosts.Featured.Author);

    [Fact]
    public async Task The_streamed_posts_replace_the_loading_note_on_the_author_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.AuthorPagePath);

        await Expect(page.Locator(".post-list > li")).ToHaveCountAsync(FeaturedAuthorsPosts);
        await Expect(page.GetByText("Loading posts")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = SamplePosts.Featured.Title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_script_the_author_page_offers_the_posts_rendered_whole_and_they_show()
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.AuthorPagePath);

        await page.GetByRole(AriaRole.Link, new() { Name = "Show the posts" }).ClickAsync();

        await Expect(page.Locator(".post-list > li")).ToHaveCountAsync(FeaturedAuthorsPosts);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = SamplePosts.Featured.Title })).ToBeVisibleAsync();
    }
}
