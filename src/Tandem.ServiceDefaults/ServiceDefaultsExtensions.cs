using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Tandem.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    public const string HealthPath = "/health";

    public const string AlivePath = "/alive";

    /// <summary>
    /// Adds OpenTelemetry logs, traces and metrics, exported over OTLP when an endpoint is configured
    /// (the AppHost sets <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> to its dashboard), and a liveness check.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // Traces and metrics are collected only when something receives them: a listening tracer makes
        // every request and every call to the API build and tag an Activity, which cost CPU and allocations
        // on every request with nowhere to send them.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry()
                .WithMetrics(metrics => metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation())
                .WithTracing(tracing => tracing
                    .AddSource(builder.Environment.ApplicationName)
                    .AddAspNetCoreInstrumentation(aspnet =>
                        aspnet.Filter = context => !IsHealthRequest(context.Request.Path))
                    .AddHttpClientInstrumentation())
                .UseOtlpExporter();
        }

        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);

        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check: the server can do its work) and <c>/alive</c> (only that the
    /// process answers). Both reveal nothing but a status word, so they are public in every environment.
    /// </summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapHealthChecks(HealthPath).DisableHttpMetrics();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") })
            .DisableHttpMetrics();

        return app;
    }

    /// <summary>
    /// Runs every <c>ValidateOnStart</c> check now, so that a bad setting stops the entry point with its own
    /// message before the host is started.
    /// </summary>
    /// <remarks>
    /// The host runs the same checks when it starts. Running them first as well matters under
    /// WebApplicationFactory, where the entry point runs on a thread of its own: a start that fails disposes
    /// the host while the factory may still be reading its services, and the refusal then surfaces as an
    /// ObjectDisposedException instead of the message that names the setting.
    /// </remarks>
    public static WebApplication ValidateOptionsBeforeStart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }

    private static bool IsHealthRequest(string? path) =>
        path is not null && (path.StartsWith(HealthPath, StringComparison.Ordinal)
            || path.StartsWith(AlivePath, StringComparison.Ordinal));
}
