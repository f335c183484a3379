using Tandem.Api.Markdown;
using Tandem.Api.Workload;
using Tandem.Data.Posts;

namespace Tandem.Api.Tests.Markdown;

public sealed class PlainTextExcerptTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [InlineData("Short   and\nsweet.\n", "Short and sweet.")]
    [InlineData("Two\n\n\nparagraphs", "Two; paragraphs")]
    [InlineData("# Title\n\nFirst sentence.", "Title. First sentence.")]
    [InlineData("## Why?\n\nBecause.", "Why? Because.")]
    [InlineData("Title\n=====\n\nSetext heading.", "Title. Setext heading.")]
    [InlineData("- one\n- two\n\nAfter the list.", "one; two; After the list.")]
    [InlineData("First paragraph.\n\nSecond paragraph.", "First paragraph. Second paragraph.")]
    [InlineData("> quoted **strong** _em_ `code` ~~gone~~", "quoted strong em code gone")]
    [InlineData("1. one\n2. [two](https://example.test)", "one; two")]
    [InlineData("![alt text](/x.png)", "alt text")]
    [InlineData("See <https://example.test/a> now.", "See https://example.test/a now.")]
    [InlineData("Fish &amp; chips.", "Fish & chips.")]
    [InlineData("Before\n\n```cs\nvar code = 1;\n```\n\nAfter.", "Before; After.")]
    [InlineData("Before\n\n---\n\nAfter.", "Before; After.")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |", "a; b; 1; 2")]
    [InlineData("Line one  \nline two.", "Line one line two.")]
    [InlineData("Use <b>bold</b> here.", "Use <b>bold</b> here.")]
    [InlineData("", "")]
    public void Shows_each_block_as_plain_text_set_off_from_the_next(string markdown, string excerpt)
    {
        Assert.Equal(excerpt, Renderer.Render(markdown).Excerpt);
    }

    [Theory]
    [InlineData("# ")]
    [InlineData("**")]
    [InlineData("_")]
    [InlineData("`")]
    [InlineData("](")]
    [InlineData("> ")]
    [InlineData("~~")]
    public void Leaves_no_markdown_syntax_in_the_excerpt(string syntax)
    {
        var excerpt = Renderer.Render(
            "# Title\n\n> quoted **strong** _em_ `code` ~~gone~~\n\n" +
            "1. one\n2. [two](https://example.test)\n\n---\n\n![alt text](/x.png)").Excerpt;

        Assert.DoesNotContain(syntax, excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Cuts_a_long_workload_post_after_a_whole_word_and_ends_it_with_an_ellipsis()
    {
        var excerpt = Renderer.Render(WorkloadDataSet.Body(1)).Excerpt;

        Assert.Equal(
            "Section one of post 1. This is sentence 1 of post 1, with bold and italic words. This is " +
            "sentence 2 of post 1, with bold and italic words. This is sentence 3…",
            excerpt);
        Assert.True(excerpt.Length <= PostLimits.ExcerptLength);
    }

    [Theory]
    [InlineData("end", "end")]
    [InlineData("word,", "word")]
    [InlineData("word:", "word")]
    [InlineData("word;", "word")]
    [InlineData("word —", "word")]
    [InlineData("word.", "word")]
    public void Cuts_after_the_last_whole_word_that_fits_and_drops_punctuation_before_the_ellipsis(
        string lastWords, string shown)
    {
        var start = string.Concat(Enumerable.Repeat("abcd ", 30));
        var text = start + lastWords + " " + new string('z', 20);

        var excerpt = PlainTextExcerpt.Cut(text);

        Assert.Equal(start + shown + "…", excerpt);
        Assert.True(excerpt.Length <= PostLimits.ExcerptLength, excerpt);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("e\u0301")]
    [InlineData("👍🏽")]
    public void Cuts_a_word_too_long_to_fit_between_whole_characters(string character)
    {
        var text = string.Concat(Enumerable.Repeat(character, 200));

        var excerpt = PlainTextExcerpt.Cut(text);

        var kept = excerpt[..^1];
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= PostLimits.ExcerptLength, excerpt);
        Assert.Equal(0, kept.Length % character.Length);
        Assert.Equal(kept, string.Concat(Enumerable.Repeat(character, kept.Length / character.Length)));
    }

    [Fact]
    public void Never_splits_a_surrogate_pair_at_the_word_boundary_either()
    {
        var excerpt = Renderer.Render(new string('a', 157) + "😀 and more").Excerpt;

        Assert.Equal(new string('a', 157) + "😀…", excerpt);
    }

    [Fact]
    public void Keeps_text_of_exactly_the_excerpt_length_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("abcd", 32)) + "e";

        Assert.Equal(PostLimits.ExcerptLength, text.Length);
        Assert.Equal(text, PlainTextExcerpt.Cut(text + " "));
    }
}
