using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Vc2.Platform.Login;
using Vc2.Platform.Common;
using Vc2.Platform.Users;

namespace Vc2.Web.Auth;

/// <summary>Settings of the OpenID Connect login (section <c>Oidc</c>). Without an authority, only the demo login exists.</summary>
public sealed class OidcSettings
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim that carries VC2 roles, each "rolle" or "rolle:kommunenummer".</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim with a MitID user's CPR number, to find their citizen record.</summary>
    public string CprClaim { get; set; } = "dk:gov:saml:attribute:CprNumberIdentifier";

    public string DisplayName { get; set; } = "Log ind med MitID eller kommunalt login";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

public static class AuthSetup
{
    public const string OidcScheme = "oidc";

    public static void AddVc2Authentication(this IServiceCollection services, OidcSettings oidc)
    {
        var auth = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/log-ind";
                o.LogoutPath = "/log-ud";
                o.AccessDeniedPath = "/adgang-naegtet";
                o.Cookie.Name = "vc2.login";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // The API answers 401/403; only pages redirect to the login page.
                o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            });

        if (oidc.Enabled)
        {
            auth.AddOpenIdConnect(OidcScheme, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.MapInboundClaims = false;
                o.Scope.Add("email");
                o.CallbackPath = "/signin-oidc";
                o.Events.OnTokenValidated = ctx => MapExternalLogin(ctx, oidc);
            });
        }

        services.AddScoped<IClaimsTransformation, Vc2ClaimsTransformation>();
        services.AddAuthorization(Policies.Add);
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task MapExternalLogin(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext ctx, OidcSettings oidc)
    {
        var principal = ctx.Principal!;
        var subject = principal.FindFirstValue("sub") ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (subject is null)
        {
            ctx.Fail("Login uden bruger-id (sub).");
            return;
        }

        // The login is matched to its citizen or mentor record before anyone is signed in: in a scope of its own, as the
        // system, so that the request itself never runs past tenancy.
        await using var scope = ctx.HttpContext.RequestServices.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("login");
        var sync = scope.ServiceProvider.GetRequiredService<SyncExternalUser>();
        var result = await sync.RunAsync(new SyncExternalUser.Input(
            subject,
            principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name) ?? subject,
            principal.FindFirstValue("email"),
            principal.FindAll(oidc.RoleClaim).Select(c => c.Value).ToList(),
            principal.FindFirstValue(oidc.CprClaim)));
        if (result is Result<Guid>.Ok ok)
        {
            ctx.Principal = Vc2ClaimsTransformation.CookiePrincipal(ok.Value, principal.FindFirstValue("name") ?? subject, OidcScheme);
        }
        else
        {
            ctx.Fail("Dit login giver ikke adgang til VC2.");
        }
    }
}
