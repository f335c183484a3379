using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Posts;

/// <summary>
/// Request bodies that writing a post must refuse with 400, each with the field its error is keyed by (null: a
/// problem without field errors, because the body is not a JSON object at all).
/// </summary>
public static class RejectedPostBodies
{
    private static readonly Dictionary<string, (string Json, string? Field)> Cases = new()
    {
        ["an empty title"] = ("""{"title": "", "body": "Body"}""", "title"),
        ["a title of spaces"] = ("""{"title": "   ", "body": "Body"}""", "title"),
        ["a 201-character title"] = ($$"""{"title": "{{new string('t', 201)}}", "body": "Body"}""", "title"),
        ["a title with a line break"] = ("""{"title": "Two\nlines", "body": "Body"}""", "title"),
        ["a title with a tab"] = ("""{"title": "Tab\there", "body": "Body"}""", "title"),
        ["a title with NUL"] = ("""{"title": "Nul\u0000here", "body": "Body"}""", "title"),
        ["a title with a C1 control"] = ("""{"title": "C1\u0085here", "body": "Body"}""", "title"),
        ["a title with a lone surrogate"] = ("""{"title": "Half \ud800 a pair", "body": "Body"}""", "title"),
        ["no title"] = ("""{"body": "Body"}""", "title"),
        ["a null title"] = ("""{"title": null, "body": "Body"}""", "title"),
        ["a number for the title"] = ("""{"title": 42, "body": "Body"}""", "title"),
        ["no body"] = ("""{"title": "Title"}""", "body"),
        ["an empty body"] = ("""{"title": "Title", "body": ""}""", "body"),
        ["a body of whitespace"] = ("""{"title": "Title", "body": " \n\t "}""", "body"),
        ["a body of 100 KB and one byte"] =
            ($$"""{"title": "Title", "body": "{{new string('b', (100 * 1024) + 1)}}"}""", "body"),
        ["a body of 100 KB and one byte in two-byte characters"] =
            ($$"""{"title": "Title", "body": "{{new string('é', (100 * 1024 / 2) + 1)}}"}""", "body"),
        ["a body with NUL"] = ("""{"title": "Title", "body": "Nul\u0000here"}""", "body"),
        ["a body with a lone surrogate"] = ("""{"title": "Title", "body": "\udc00"}""", "body"),
        ["an object for the body"] = ("""{"title": "Title", "body": {"text": "Body"}}""", "body"),
        ["an unknown field"] = ("""{"title": "Title", "body": "Body", "published": true}""", "published"),
        ["an author id"] = ("""{"title": "Title", "body": "Body", "authorId": "x"}""", "authorId"),
        ["malformed JSON"] = ("""{"title": "Title", "body": """, null),
        ["a JSON array"] = ("""[{"title": "Title", "body": "Body"}]""", null),
        ["a JSON string"] = ("\"Title\"", null),
        ["JSON null"] = ("null", null),
        ["an empty request body"] = ("", null),
    };

    public static TheoryData<DatabaseProvider, string> Rows
    {
        get
        {
            var rows = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in TestDatabase.Available())
            {
                foreach (var name in Cases.Keys)
                {
                    rows.Add(provider, name);
                }
            }

            return rows;
        }
    }

    public static (string Json, string? Field) Get(string name) => Cases[name];
}
