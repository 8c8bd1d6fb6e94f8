namespace Vc2.Web.Startup;

/// <summary>
/// The response headers of defence in depth (ADR 0018). The Content-Security-Policy allows scripts, styles and fonts
/// from VC2 itself only — no inline script or style (the pages keep none; JSON data blocks are not executed), no
/// framing, forms only to VC2 and the identity provider (the login and logout posts continue there).
/// </summary>
public static class SecurityHeaders
{
    public static string ContentSecurityPolicy(string? oidcAuthority)
    {
        var formTargets = Uri.TryCreate(oidcAuthority, UriKind.Absolute, out var authority) ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}" : "'self'";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formTargets}",
            "frame-ancestors 'none'");
    }

    public static IApplicationBuilder UseVc2SecurityHeaders(this IApplicationBuilder app, string contentSecurityPolicy) => app.Use(async (ctx, next) =>
    {
        var headers = ctx.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        await next();
    });
}
