using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Tandem.IntegrationTests.Accounts;

/// <summary>/account/activity and GET /me/activity: the user's own audit events, newest first.</summary>
public sealed class ActivityTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task The_activity_page_lists_the_users_own_events_newest_first_with_their_device()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);
        using var desktop = await AccountSteps.SignInAsync(stack, person, Devices.ChromeOnWindows);
        using var stranger = await AccountSteps.SignInAsync(stack, DevPerson.Unique(), Devices.ChromeOnWindows);
        (await AccountSteps.EndAsync(stranger, "others")).Dispose();

        (await AccountSteps.EndAsync(laptop, AccountSteps.ListedId(phone.Session.Id))).Dispose();
        (await AccountSteps.EndAsync(laptop, "others")).Dispose();

        using var page = await laptop.Browser.GetAsync("/account/activity");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var rows = document.QuerySelectorAll("table.activity tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray())
            .Where(cells => cells[1] != "Signed in")
            .ToList();

        Assert.Equal(["Signed out of other devices", "Session ended"], rows.Select(cells => cells[1]));
        Assert.All(rows, cells =>
        {
            Assert.Matches("^[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}, [0-9]{2}:[0-9]{2} UTC$", cells[0]);
            Assert.Equal("dev", cells[2]);
            Assert.Equal("Firefox on Linux", cells[3]);
            Assert.Equal("127.0.0.1", cells[4]);
        });
        Assert.Equal("1 session", rows[0][5]);
        Assert.Equal("session " + AccountSteps.ListedId(phone.Session.Id), rows[1][5]);
    }

    [Fact]
    public async Task The_api_pages_the_users_events_newest_first_and_shows_nobody_elses()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person);
        var ended = new List<SignedInDevice>();
        for (var i = 0; i < 3; i++)
        {
            ended.Add(await AccountSteps.SignInAsync(stack, person));
        }

        foreach (var device in ended)
        {
            (await AccountSteps.EndAsync(laptop, AccountSteps.ListedId(device.Session.Id))).Dispose();
            device.Dispose();
        }

        using var stranger = await AccountSteps.SignInAsync(stack, DevPerson.Unique());
        (await AccountSteps.EndAsync(stranger, "others")).Dispose();

        var first = await ReadAsync(laptop, "/me/activity?limit=2");
        var ids = first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        var next = first.GetProperty("nextBefore").GetInt64();
        var rest = await ReadAsync(laptop, $"/me/activity?limit=2&before={next}");
        ids.AddRange(rest.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        var details = first.GetProperty("items").EnumerateArray()
            .Concat(rest.GetProperty("items").EnumerateArray())
            .Where(e => e.GetProperty("kind").GetString() == "session-ended")
            .Select(e => e.GetProperty("detail").GetString());

        Assert.Equal(2, ids.Take(2).Count());
        Assert.Equal(ids.OrderByDescending(id => id), ids);
        Assert.Equal(ended.AsEnumerable().Reverse().Select(d => "session " + AccountSteps.ListedId(d.Session.Id)), details.Take(3));
        Assert.DoesNotContain(
            (await ReadAsync(stranger, "/me/activity")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("kind").GetString() == "session-ended");
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("limit=abc")]
    [InlineData("before=0")]
    [InlineData("before=-3")]
    public async Task The_api_answers_a_bad_page_request_with_a_validation_problem(string query)
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique());

        using var response = await AccountSteps.CallApiAsync(stack, HttpMethod.Get, "/me/activity?" + query, device.AccessToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> ReadAsync(SignedInDevice device, string path)
    {
        using var response = await AccountSteps.CallApiAsync(stack, HttpMethod.Get, path, device.AccessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
