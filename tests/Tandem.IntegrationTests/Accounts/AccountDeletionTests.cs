using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.ApiTokens;
using Tandem.IntegrationTests.Publishing;

namespace Tandem.IntegrationTests.Accounts;

/// <summary>Deleting an account from /account/delete: everything of that user goes, nothing of anyone else.</summary>
public sealed class AccountDeletionTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task Deleting_removes_every_row_of_the_user_and_leaves_other_users_data()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);
        using var spare = await AccountSteps.SignInAsync(stack, person, Devices.ChromeOnWindows);
        await PostWriter.WriteAsync(laptop.Browser, "Soon gone", "This post goes with its author.");
        (await AccountSteps.EndAsync(laptop, AccountSteps.ListedId(spare.Session.Id))).Dispose();
        await AddApiTokenAsync(laptop.UserId);

        using var other = await AccountSteps.SignInAsync(stack, DevPerson.Unique("Bystander"));
        await PostWriter.WriteAsync(other.Browser, "Still here", "Someone else's post stays.");
        await AddApiTokenAsync(other.UserId);
        (await AccountSteps.EndAsync(other, "others")).Dispose();
        var before = await CountRowsAsync(other.UserId);

        var mine = await CountRowsAsync(laptop.UserId);
        Assert.All(mine, table => Assert.True(table.Value > 0, $"the test user has no rows in {table.Key}"));

        using var deleted = await DeleteAsync(laptop, await HandleOfAsync(laptop.UserId));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/account/deleted", TestBrowser.RedirectTarget(deleted).AbsolutePath);
        Assert.Contains(deleted.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tandem-session=;", StringComparison.Ordinal));
        Assert.All(await CountRowsAsync(laptop.UserId), table => Assert.True(table.Value == 0, $"{table.Value} rows left in {table.Key}"));
        Assert.Equal(before, await CountRowsAsync(other.UserId));

        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, phone.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, other.AccessToken));
        using var confirmation = await laptop.Browser.FollowAsync(deleted);
        Assert.Contains("Your account has been deleted", await confirmation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var phoneAccount = await phone.Browser.GetAsync("/account");
        Assert.Equal("/signin", TestBrowser.RedirectTarget(phoneAccount).AbsolutePath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("someone-else")]
    [InlineData("{handle}x")]
    [InlineData("x{handle}")]
    public async Task A_wrong_confirmation_shows_the_form_again_with_an_error_and_deletes_nothing(string typed)
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique());
        await PostWriter.WriteAsync(device.Browser, "Keep me", "Still here afterwards.");
        var handle = await HandleOfAsync(device.UserId);
        var rows = await CountRowsAsync(device.UserId);

        using var refused = await DeleteAsync(device, typed.Replace("{handle}", handle, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("That is not your handle", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Confirm\"", html, StringComparison.Ordinal);
        Assert.Equal(rows, await CountRowsAsync(device.UserId));
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, device.AccessToken));
    }

    [Fact]
    public async Task The_api_refuses_a_deletion_whose_confirmation_is_missing_and_deletes_nothing()
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique());

        using var response = await AccountSteps.CallApiAsync(stack, HttpMethod.Delete, "/me", device.AccessToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"confirm\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await CountRowsAsync(device.UserId))[nameof(TandemDbContext.Users)]);
    }

    private static async Task<HttpResponseMessage> DeleteAsync(SignedInDevice device, string typed)
    {
        using var page = await device.Browser.GetAsync("/account/delete");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await device.Browser.SubmitFormAsync(
            page, form => form.Elements.Any(e => e.GetAttribute("name") == "Confirm"),
            new Dictionary<string, string> { ["Confirm"] = typed });
    }

    private async Task<string> HandleOfAsync(Guid userId)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Handle).SingleAsync();
    }

    /// <summary>An API token row, as the tokens page would store it, so the deletion has one to remove.</summary>
    private async Task AddApiTokenAsync(Guid userId)
    {
        await using var scope = stack.DatabaseScope(out var db);
        var secret = Guid.NewGuid().ToString("N");
        db.ApiTokens.Add(new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = "backup script",
            SecretHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))),
            SecretPrefix = ApiTokenLimits.SecretPrefix + secret[..6],
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>How many rows each table holds for the user.</summary>
    private async Task<Dictionary<string, int>> CountRowsAsync(Guid userId)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return new Dictionary<string, int>
        {
            [nameof(TandemDbContext.Users)] = await db.Users.CountAsync(u => u.Id == userId),
            [nameof(TandemDbContext.ExternalLogins)] = await db.ExternalLogins.CountAsync(l => l.UserId == userId),
            [nameof(TandemDbContext.Sessions)] = await db.Sessions.CountAsync(s => s.UserId == userId),
            [nameof(TandemDbContext.Posts)] = await db.Posts.CountAsync(p => p.AuthorId == userId),
            [nameof(TandemDbContext.ApiTokens)] = await db.ApiTokens.CountAsync(t => t.UserId == userId),
            [nameof(TandemDbContext.AuditEvents)] = await db.AuditEvents.CountAsync(e => e.UserId == userId),
        };
    }
}
