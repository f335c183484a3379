namespace Tandem.Api.Markdown;

/// <summary>
/// Renders one small post while the server starts. The first render compiles the Markdown pipeline and the
/// sanitizer's HTML parser, which on a busy machine takes seconds; without this, the first author to publish
/// after a start pays for it and can run into the web server's time-out.
/// </summary>
internal sealed class MarkdownWarmUp(MarkdownRenderer renderer) : IHostedService
{
    private const string Sample = "# Heading\n\nSome *emphasis*, a [link](https://example.test), `code`.\n\n"
        + "| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        renderer.Render(Sample);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
