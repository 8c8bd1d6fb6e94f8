using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vc2.Platform.Data;

namespace Vc2.Web.Startup;

/// <summary>What running VC2 in production needs from the host: JSON logs, health endpoints for the orchestrator,
/// forwarded headers behind a TLS proxy, and no caching of personal data (README, "Drift").</summary>
public static class Operations
{
    public const string Ready = "ready";

    /// <summary>JSON lines on the console with UTC timestamps outside Development, where a log collector reads them.</summary>
    public static void AddVc2Logging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                // Quoted separators: the format is applied in the thread's culture, and Danish writes 23.08 for 23:08.
                o.TimestampFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";
                // Danish letters as they are, so that "forsøg" can be searched for in the log.
                o.JsonWriterOptions = new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        }
    }

    public static void AddVc2Operations(this IServiceCollection services, IConfiguration config)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>("database", tags: [Ready]);

        // Behind a TLS proxy: the scheme and client address from X-Forwarded-*, from the proxies named only.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in Split(config["ForwardedHeaders:KnownProxies"]))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in Split(config["ForwardedHeaders:KnownNetworks"]))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
    }

    /// <summary>Liveness (the process answers), readiness (the database answers and is migrated), each as JSON.</summary>
    public static void MapVc2Health(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJson }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJson }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous(); // plain "Healthy", as before
    }

    /// <summary>Nothing VC2 answers may be kept by a browser or a proxy, except the static files: pages, API answers and
    /// exports all may hold personal data.</summary>
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        ctx.Response.OnStarting(() =>
        {
            ctx.Response.Headers.CacheControl = "no-store";
            ctx.Response.Headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });
        await next();
    });

    private static Task WriteJson(HttpContext ctx, HealthReport report)
    {
        ctx.Response.ContentType = "application/json; charset=utf-8";
        return ctx.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }));
    }

    private static string[] Split(string? value) => (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Ready when the database answers and no migration waits.</summary>
    private sealed class DatabaseReadiness(IServiceProvider services) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var (reachable, pending, problem) = await DatabaseStartup.ReadinessAsync(services, cancellationToken);
            var data = new Dictionary<string, object> { ["reachable"] = reachable, ["pendingMigrations"] = pending };
            return !reachable ? HealthCheckResult.Unhealthy(problem, data: data)
                : pending > 0 ? HealthCheckResult.Unhealthy($"{pending} migrationer venter.", data: data)
                : HealthCheckResult.Healthy("Databasen svarer og er opdateret.", data);
        }
    }
}
