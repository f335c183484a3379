using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Tandem.IntegrationTests.Accounts;

/// <summary>What a person does in the account area, through the web server's own pages and forms.</summary>
public static class AccountSteps
{
    /// <summary>
    /// Signs <paramref name="person"/> in from a new browser and opens the account page, so the session has
    /// a JWT; returns the browser with the session it opened (the person's newest).
    /// </summary>
    public static async Task<SignedInDevice> SignInAsync(TandemSystem stack, DevPerson person, string? userAgent = null)
    {
        var browser = stack.NewBrowser(userAgent);
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        using (var account = await browser.GetAsync("/account"))
        {
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        }

        var user = await stack.FindUserAsync("dev", person.Subject!);
        var session = (await stack.SessionsOfAsync(user!.Id)).MaxBy(s => s.CreatedAt)!;
        return new SignedInDevice(browser, user.Id, session);
    }

    /// <summary>Presses a button of the sessions page: a session's id, "others" or "everywhere".</summary>
    public static async Task<HttpResponseMessage> EndAsync(SignedInDevice device, string end)
    {
        using var page = await device.Browser.GetAsync("/account/sessions");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await device.Browser.SubmitFormAsync(
            page, form => form.Elements.Any(e => e.GetAttribute("name") == "End"),
            new Dictionary<string, string> { ["End"] = end });
    }

    /// <summary>The id the session list shows for a session: a fingerprint, never the session id itself.</summary>
    public static string ListedId(string sessionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)))[..12];

    public static async Task<HttpStatusCode> ApiStatusAsync(TandemSystem stack, string accessToken)
    {
        using var response = await stack.GetMeAsync(accessToken);
        return response.StatusCode;
    }

    /// <summary>Calls the API as a script holding a session's JWT would.</summary>
    public static async Task<HttpResponseMessage> CallApiAsync(
        TandemSystem stack, HttpMethod method, string path, string accessToken)
    {
        using var http = new HttpClient { BaseAddress = stack.Api.BaseAddress };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request);
    }

    public static async Task<Data.Sessions.Session> ReloadAsync(TandemSystem stack, string sessionId)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
    }
}
