using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Vc2.Platform.Common;
using Vc2.CaseWork.Parties;
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

    /// <summary>MitID Erhverv (NemLog-in's OpenID Connect profile): the claim with the CVR number of the company the person
    /// logs in for. With <see cref="ProfessionalIdClaim"/> and no role claim, the login is a company person's (ADR 0028).</summary>
    public string CvrClaim { get; set; } = "https://data.gov.dk/model/core/eid/professional/cvr";

    /// <summary>MitID Erhverv: the claim with the person's persistent professional id, which keys their VC2 user (it stays
    /// when their e-mail address or name changes).</summary>
    public string ProfessionalIdClaim { get; set; } = "https://data.gov.dk/model/core/eid/professional/uuid/persistent";

    /// <summary>Scopes asked for besides openid, profile and email, space-separated (for example the scope that releases
    /// the role claim).</summary>
    public string? Scopes { get; set; }

    /// <summary>The provider's metadata must come over https (default). Only a test or a provider on the same machine
    /// may turn it off; VC2 refuses to start with an http authority while it is on.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string DisplayName { get; set; } = "Log ind med MitID eller kommunalt login";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Settings that cannot work, as Danish start-up errors that name the setting.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            yield return $"Oidc:Authority skal være en absolut https-adresse, ikke '{Authority}'.";
        }
        else if (authority.Scheme == "http" && RequireHttpsMetadata)
        {
            yield return $"Oidc:Authority ({Authority}) er en http-adresse, og Oidc:RequireHttpsMetadata er true: brug https, "
                         + "eller sæt Oidc:RequireHttpsMetadata=false for en udbyder på samme maskine (kun til test).";
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return "Oidc:ClientId skal angives, når Oidc:Authority er sat.";
        }
    }
}

public static class AuthSetup
{
    public const string OidcScheme = "oidc";

    /// <summary>The claim in the login cookie with the session stamp it was issued with (see <see cref="EndSessions"/>).</summary>
    public const string SessionClaim = "vc2:session";

    public static void AddVc2Authentication(this IServiceCollection services, OidcSettings oidc)
    {
        ArgumentNullException.ThrowIfNull(oidc);
        if (oidc.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        var auth = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(ConfigureCookie);

        if (oidc.Enabled)
        {
            auth.AddOpenIdConnect(OidcScheme, oidc.DisplayName, o => ConfigureOidc(o, oidc));
        }

        services.AddScoped<IClaimsTransformation, Vc2ClaimsTransformation>();
        services.AddAuthorization(Policies.Add);
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.LoginPath = "/log-ind";
        o.LogoutPath = "/log-ud";
        o.AccessDeniedPath = "/adgang-naegtet";
        o.Cookie.Name = "vc2.login";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request came over https — behind a TLS proxy too, through the forwarded headers.
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        // The API answers 401/403; only pages redirect to the login page.
        o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        o.Events.OnValidatePrincipal = Vc2ClaimsTransformation.ValidateSessionAsync;
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, OidcSettings oidc)
    {
        o.Authority = oidc.Authority;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = oidc.ClientSecret;
        o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.Scope.Add("profile");
        o.Scope.Add("email");
        foreach (var scope in (oidc.Scopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            o.Scope.Add(scope);
        }

        // A conformant provider puts name, e-mail and roles in the userinfo answer, not in the id_token.
        o.GetClaimsFromUserInfoEndpoint = true;
        o.ClaimActions.MapJsonKey(oidc.RoleClaim, oidc.RoleClaim);
        o.ClaimActions.MapUniqueJsonKey(oidc.CprClaim, oidc.CprClaim);
        o.ClaimActions.MapUniqueJsonKey(oidc.CvrClaim, oidc.CvrClaim);
        o.ClaimActions.MapUniqueJsonKey(oidc.ProfessionalIdClaim, oidc.ProfessionalIdClaim);
        // The id_token is kept in the login cookie to end the provider's session at logout (id_token_hint).
        o.SaveTokens = true;
        o.CallbackPath = "/signin-oidc";
        o.SignedOutCallbackPath = "/signout-callback-oidc";
        o.SignedOutRedirectUri = "/";
        o.Events.OnTicketReceived = ctx => MapExternalLogin(ctx, oidc);
        o.Events.OnRemoteFailure = ctx =>
        {
            // A refused or broken login ends on a Danish page (a GET: nothing to fail antiforgery), never a bare 400.
            ctx.Response.Redirect("/log-ind/afvist?aarsag=" + (ctx.Failure?.Message.Contains("access_denied", StringComparison.Ordinal) == true ? "annulleret" : "fejl"));
            ctx.HandleResponse();
            return Task.CompletedTask;
        };
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

    /// <summary>After the code exchange and the userinfo answer: the login becomes a VC2 user (or a Danish refusal page),
    /// and the cookie carries the user id, the name and the session stamp only.</summary>
    private static async Task MapExternalLogin(TicketReceivedContext ctx, OidcSettings oidc)
    {
        var principal = ctx.Principal!;
        var subject = principal.FindFirstValue("sub") ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (subject is null)
        {
            Refuse(ctx, "fejl");
            return;
        }

        // The login is matched to its citizen, mentor or company record before anyone is signed in: in a scope of its own,
        // as the system, so that the request itself never runs past tenancy.
        await using var scope = ctx.HttpContext.RequestServices.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("login");
        var sync = scope.ServiceProvider.GetRequiredService<SyncExternalUser>();
        var name = principal.FindFirstValue("name")
                   ?? string.Join(' ', new[] { principal.FindFirstValue("given_name"), principal.FindFirstValue("family_name") }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var email = principal.FindFirstValue("email");
        var result = await sync.RunAsync(new SyncExternalUser.Input(
            subject,
            string.IsNullOrWhiteSpace(name) ? subject : name,
            email,
            principal.FindAll(oidc.RoleClaim).Select(c => c.Value).ToList(),
            principal.FindFirstValue(oidc.CprClaim),
            principal.FindFirstValue(oidc.CvrClaim),
            principal.FindFirstValue(oidc.ProfessionalIdClaim)));
        switch (result)
        {
            case Result<SyncExternalUser.Output>.Ok ok:
                ctx.Principal = Vc2ClaimsTransformation.CookiePrincipal(ok.Value.UserId, string.IsNullOrWhiteSpace(name) ? subject : name, ok.Value.SessionStamp, OidcScheme);
                break;
            case Result<SyncExternalUser.Output>.Invalid invalid when invalid.Errors.TryGetValue(SyncExternalUser.UnknownMunicipality, out var numbers):
                Refuse(ctx, "kommune", "&kommune=" + Uri.EscapeDataString(numbers[0]));
                break;
            case Result<SyncExternalUser.Output>.Invalid invalid when invalid.Errors.TryGetValue(SyncExternalUser.NotRegistered, out var cvr):
                // The e-mail address the login was matched by is shown on the refusal page, but not through its address:
                // it travels in the protected TempData cookie and is read once.
                Pages.Account.RefusedModel.KeepEmail(ctx.HttpContext, email);
                Refuse(ctx, "ikke-registreret", cvr[0].Length == 0 ? null : "&cvr=" + Uri.EscapeDataString(cvr[0]));
                break;
            default:
                Refuse(ctx, "ingen-adgang");
                break;
        }
    }

    private static void Refuse(TicketReceivedContext ctx, string reason, string? query = null)
    {
        ctx.Response.Redirect($"/log-ind/afvist?aarsag={reason}{query}");
        ctx.HandleResponse();
    }
}
