using Tandem.Api.Posts;

namespace Tandem.Api.Tests.Posts;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Post number 20000", "post-number-20000")]
    [InlineData("  Hello, World!  ", "hello-world")]
    [InlineData("Crème brûlée à la française", "creme-brulee-a-la-francaise")]
    [InlineData("Ünïcödé ÅØ", "unicode-a")]
    [InlineData("C# -- & .NET 10", "c-net-10")]
    [InlineData("日本語", "post")]
    [InlineData("!!!", "post")]
    [InlineData("", "post")]
    [InlineData("already-a-slug", "already-a-slug")]
    [InlineData("emoji 😀 inside", "emoji-inside")]
    public void Folds_a_title_into_lower_case_ascii_words_joined_by_dashes(string title, string slug)
    {
        Assert.Equal(slug, Slug.From(title));
    }

    [Fact]
    public void Cuts_a_long_title_at_80_characters_without_a_trailing_dash()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("abcdefghi", 30)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.Equal(79, slug.Length);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("abcdefghi-abcdefghi-", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_word_that_ends_exactly_at_80_characters()
    {
        Assert.Equal(new string('a', 80), Slug.From(new string('a', 85)));
    }
}
