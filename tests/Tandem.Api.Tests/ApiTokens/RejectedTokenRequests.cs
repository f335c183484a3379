using Tandem.Data.Database;

namespace Tandem.Api.Tests.ApiTokens;

/// <summary>
/// Bodies that creating a token must refuse with 400, each with the field its error is keyed by (null: a
/// problem without field errors, because the body is not a JSON object at all).
/// </summary>
public static class RejectedTokenRequests
{
    private static readonly Dictionary<string, (string Json, string? Field)> Cases = new()
    {
        ["no name"] = ("""{"expiresInDays": 30}""", "name"),
        ["a null name"] = ("""{"name": null, "expiresInDays": 30}""", "name"),
        ["an empty name"] = ("""{"name": "", "expiresInDays": 30}""", "name"),
        ["a name of spaces"] = ("""{"name": "   ", "expiresInDays": 30}""", "name"),
        ["a 101-character name"] = ($$"""{"name": "{{new string('n', 101)}}", "expiresInDays": 30}""", "name"),
        ["a name with a line break"] = ("""{"name": "two\nlines", "expiresInDays": 30}""", "name"),
        ["a name with NUL"] = ("""{"name": "nul\u0000here", "expiresInDays": 30}""", "name"),
        ["a name with a lone surrogate"] = ("""{"name": "half \ud800", "expiresInDays": 30}""", "name"),
        ["a number for the name"] = ("""{"name": 7, "expiresInDays": 30}""", "name"),
        ["no expiry"] = ("""{"name": "script"}""", "expiresInDays"),
        ["a null expiry"] = ("""{"name": "script", "expiresInDays": null}""", "expiresInDays"),
        ["an expiry of 0 days"] = ("""{"name": "script", "expiresInDays": 0}""", "expiresInDays"),
        ["a negative expiry"] = ("""{"name": "script", "expiresInDays": -5}""", "expiresInDays"),
        ["an expiry of 367 days"] = ("""{"name": "script", "expiresInDays": 367}""", "expiresInDays"),
        ["an expiry past Int32"] = ("""{"name": "script", "expiresInDays": 99999999999}""", "expiresInDays"),
        ["a fractional expiry"] = ("""{"name": "script", "expiresInDays": 1.5}""", "expiresInDays"),
        ["an expiry as text"] = ("""{"name": "script", "expiresInDays": "30"}""", "expiresInDays"),
        ["an unknown field"] = ("""{"name": "script", "expiresInDays": 30, "scopes": ["all"]}""", "scopes"),
        ["a chosen secret"] = ("""{"name": "script", "expiresInDays": 30, "secret": "tdm_mine"}""", "secret"),
        ["malformed JSON"] = ("""{"name": "script", """, null),
        ["a JSON array"] = ("""[{"name": "script", "expiresInDays": 30}]""", null),
        ["JSON null"] = ("null", null),
    };

    public static TheoryData<DatabaseProvider, string> Rows
    {
        get
        {
            var rows = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in Infrastructure.TestDatabase.Available())
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
