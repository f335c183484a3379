namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// The cookie OpenIddict's client sets when a sign-in starts binds the flow's state to this browser. Each row
/// completes a genuine flow at the provider, then sends the callback with that cookie edited as an attacker could.
/// </summary>
public sealed class FlowCookieTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    private const string Missing = "No correlation cookie";

    private const string Mismatch = "request forgery protection is missing or doesn't contain the expected value";

    /// <summary>Each edit, with OpenIddict's reason: a cookie of the wrong name is no cookie at all.</summary>
    public static TheoryData<string, string> Edits => new()
    {
        { "its value with one character changed", Mismatch },
        { "no flow cookie at all", Missing },
        { "the value of another browser's flow cookie under this flow's cookie name", Mismatch },
        { "another browser's whole flow cookie instead of this flow's", Missing },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_callback_whose_flow_cookie_was_tampered_with_is_refused(string edit, string reason)
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Flow Cookie");
        var callback = await SignInJourney.ToCallbackAsync(browser, person);
        var cookies = CookieHeader.Parse(browser.CookieHeaderFor(stack.Web.BaseAddress));
        var flow = cookies.FlowCookie;

        var edited = edit switch
        {
            "its value with one character changed" => cookies.With(flow.Key, Changed(flow.Value)),
            "no flow cookie at all" => cookies.Without(flow.Key),
            "the value of another browser's flow cookie under this flow's cookie name" =>
                cookies.With(flow.Key, (await AnotherFlowCookieAsync()).Value),
            _ => await WithAnotherFlowCookieAsync(cookies.Without(flow.Key)),
        };
        using var landed = await edited.GetAsync(callback);

        await RefusedSignIn.AssertAsync(stack, landed, person, reason);
    }

    private async Task<CookieHeader> WithAnotherFlowCookieAsync(CookieHeader cookies)
    {
        var other = await AnotherFlowCookieAsync();
        return cookies.With(other.Key, other.Value);
    }

    /// <summary>The flow cookie of another browser that has started a sign-in of its own.</summary>
    private async Task<KeyValuePair<string, string>> AnotherFlowCookieAsync()
    {
        using var other = stack.NewBrowser();
        await SignInJourney.ToCallbackAsync(other, DevPerson.Unique("Other Browser"));
        return CookieHeader.Parse(other.CookieHeaderFor(stack.Web.BaseAddress)).FlowCookie;
    }

    /// <summary>A middle character, so the change survives decoding (the last one may be padding bits).</summary>
    private static string Changed(string value)
    {
        var characters = value.ToCharArray();
        var middle = characters.Length / 2;
        characters[middle] = characters[middle] == 'A' ? 'B' : 'A';
        return new string(characters);
    }
}
