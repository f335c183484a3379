using Microsoft.Playwright;

namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// The whole Tandem system on loopback and one headless Chromium, shared by the tests of a collection.
/// Each test opens its own browser context, so cookies and settings never leak from one test to the next.
/// </summary>
public class BrowserSystem : IAsyncLifetime
{
    /// <summary>
    /// How long one step (a navigation, a click, a wait) may take before the test fails. The first
    /// sign-in of a fresh system compiles most of three servers' code paths, which on a busy two-core
    /// machine has taken more than 15 seconds; a step that works never waits this long.
    /// </summary>
    private const float StepTimeoutMs = 45_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserSystem()
        : this(new TandemSystem())
    {
    }

    /// <summary>For a fixture whose servers are set up differently, such as with a second provider.</summary>
    protected BrowserSystem(TandemSystem stack) => Stack = stack;

    public TandemSystem Stack { get; }

    public Uri BaseAddress => Stack.Web.BaseAddress;

    /// <summary>The version the browser reports, for measurements that name their machine.</summary>
    public string BrowserVersion => _browser?.Version ?? throw new InvalidOperationException("The browser has not been started.");

    public virtual async Task InitializeAsync()
    {
        // The servers and the browser start at the same time; neither needs the other to start. The
        // system starts its servers synchronously, hence the thread of its own.
        var stack = Task.Run(Stack.InitializeAsync);
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
        await stack;
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Stack.DisposeAsync();
    }

    /// <summary>
    /// A fresh browser context (its own cookies) on the web server, 1280×800, in the light colour scheme
    /// unless <paramref name="options"/> says otherwise.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not been started.");
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        options.ColorScheme ??= ColorScheme.Light;

        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(StepTimeoutMs);
        context.SetDefaultNavigationTimeout(StepTimeoutMs);

        // Assertions poll with their own clock; give them the same patience as every other step.
        Assertions.SetDefaultExpectTimeout(StepTimeoutMs);
        return context;
    }
}
