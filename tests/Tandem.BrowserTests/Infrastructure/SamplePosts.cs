namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// A handful of posts with the Markdown people actually write (headings, lists, quotes, code), so pages
/// are checked and photographed the way a reader would see a living site, not an empty one.
/// </summary>
internal static class SamplePosts
{
    public static readonly DevPerson Ada = new("Ada Lovelace", "ada@example.com");

    public static readonly DevPerson Grace = new("Grace Hopper", "grace@example.com");

    /// <summary>The post whose page is checked and photographed: it uses most of what Markdown offers.</summary>
    public static readonly SamplePost Featured = new(Ada, "Notes on the Analytical Engine", """
        The engine does not *originate* anything. It can do whatever we know how to **order** it to perform.

        ## What the engine is for

        Numbers are only the beginning. The same operations could act on other things whose relations
        can be expressed by the abstract science of operations:

        - the harmonies of music,
        - the rules of algebra,
        - and, perhaps, the composition of pictures.

        > The Analytical Engine weaves algebraical patterns just as the Jacquard loom weaves flowers and
        > leaves.

        ## A small program

        Note G computes the Bernoulli numbers. In a modern language its heart is a loop:

        ```csharp
        for (var n = 1; n <= count; n++)
        {
            bernoulli[n] = Next(bernoulli, n);
        }
        ```

        Read the [original notes](https://en.wikipedia.org/wiki/Note_G) for the full table.
        """);

    public static readonly IReadOnlyList<SamplePost> All =
    [
        new(Grace, "Finding the first actual bug", """
            At 15:45 the Mark II stopped. Inside relay 70, panel F, was a moth, and it went into the log book
            taped beside the words *first actual case of bug being found*.

            The lesson is older than the moth: **look at the machine**, not only at the program.
            """),
        new(Ada, "Why I write in Markdown", """
            Plain text lasts. A file I write today will open in any editor in fifty years, and the few marks
            Markdown asks for read naturally even before they are rendered.

            1. Headings start with `#`.
            2. *Emphasis* is a pair of stars.
            3. Links put the words first: [like this](https://commonmark.org/).
            """),
        Featured,
        new(Grace, "A nanosecond is eleven inches", """
            Admirals kept asking why satellite messages took so long. So I handed out pieces of wire,
            each 11.8 inches long: the distance light travels in a billionth of a second.

            Then I kept a coil of a *microsecond* of wire, nearly a thousand feet, to show what we waste
            between one instruction and the next.
            """),
        new(Ada, "Small pages load fast", """
            Every page on this site is rendered on the server and ships no script at all. It loads in one
            round trip, reads well on a slow phone, and works with JavaScript turned off.

            Fewer moving parts, fewer things to break.
            """),
    ];
}
