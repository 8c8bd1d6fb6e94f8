using System.Globalization;
using System.Threading.RateLimiting;
using Vc2.Platform.Users;

namespace Vc2.Web.Startup;

/// <summary>Requests per minute (configuration section <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Per client address, on what anyone can reach without logging in: the personal links and the login.</summary>
    public int AnonymousPerMinute { get; set; } = 30;

    /// <summary>Per client address, the login links asked for by e-mail in 15 minutes (the form's POSTs; viewing the form
    /// counts as an anonymous page). Each address has its own limit besides, counted in the database (ADR 0028).</summary>
    public int LoginLinksPer15Minutes { get; set; } = 5;

    /// <summary>Per user, on what is expensive to compute: grant statements, forecasts, exports.</summary>
    public int ExpensivePerMinute { get; set; } = 20;
}

/// <summary>
/// ASP.NET Core's rate limiter on the endpoints an attacker or a runaway client could wear down (ADR 0018): the
/// anonymous ones by client address (behind the proxy: X-Forwarded-For from the known proxies), the expensive ones by
/// user. A refusal is 429 with Retry-After — ProblemDetails for the API, the Danish error page for pages.
/// </summary>
public static class RateLimits
{
    public const string Anonymous = "anonymous";
    public const string Expensive = "expensive";

    /// <summary>The login link form: POSTs by <see cref="RateLimitOptions.LoginLinksPer15Minutes"/>, GETs as
    /// <see cref="Anonymous"/>.</summary>
    public const string LoginLink = "login-link";

    public static void AddVc2RateLimits(this IServiceCollection services, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Anonymous, ctx => RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "ukendt"), _ => Window(options.AnonymousPerMinute)));
            o.AddPolicy(LoginLink, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("login-link:" + ClientOf(ctx), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.LoginLinksPer15Minutes), Window = TimeSpan.FromMinutes(15), QueueLimit = 0, AutoReplenishment = true,
                })
                : RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientOf(ctx), _ => Window(options.AnonymousPerMinute)));
            o.AddPolicy(Expensive, ctx => RateLimitPartition.GetFixedWindowLimiter(
                "user:" + (ctx.RequestServices.GetRequiredService<CurrentUser>().UserId?.ToString() ?? ctx.Connection.RemoteIpAddress?.ToString() ?? "ukendt"),
                _ => Window(options.ExpensivePerMinute)));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60)
                    .ToString(CultureInfo.InvariantCulture);
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(title: "For mange forespørgsler", detail: "Der er sendt for mange forespørgsler på kort tid. Vent, og prøv igen.",
                        statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
                }

                // Pages: the status code pages show the Danish error page for 429.
            };
        });
    }

    private static string ClientOf(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "ukendt";

    private static FixedWindowRateLimiterOptions Window(int perMinute) => new()
    {
        PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
    };
}
