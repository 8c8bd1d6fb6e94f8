using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Users;
using Vc2.Web.Auth;
using Vc2.Web.Startup;

namespace Vc2.Web.Pages.Account;

/// <summary>The login page: OpenID Connect when configured, and the demo users in demo mode only.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Anonymous)]
public sealed class LoginModel(DemoMode demo, OidcSettings oidc, ListDemoUsers listDemoUsers, FindUser findUser) : PageModel
{
    public bool DemoEnabled => demo.Enabled;

    public bool OidcEnabled => oidc.Enabled;

    public string OidcName => oidc.DisplayName;

    public string? ReturnUrl { get; private set; }

    public string? ErrorMessage { get; private set; }

    public IReadOnlyList<ListDemoUsers.Row> DemoUsers { get; private set; } = [];

    public async Task OnGetAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostDemoAsync(Guid userId, string? returnUrl, CancellationToken ct)
    {
        if (!demo.Enabled)
        {
            return NotFound();
        }

        var user = await findUser.DemoUserAsync(userId, ct);
        if (user is null)
        {
            ErrorMessage = "Demobrugeren findes ikke længere. Vælg en anden.";
            ReturnUrl = SafeReturnUrl(returnUrl);
            await LoadAsync(ct);
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            Vc2ClaimsTransformation.CookiePrincipal(user.Id, user.DisplayName, user.SessionStamp, "demo"));
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    public IActionResult OnPostExternal(string? returnUrl)
    {
        if (!oidc.Enabled)
        {
            return NotFound();
        }

        return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, AuthSetup.OidcScheme);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (demo.Enabled)
        {
            DemoUsers = await listDemoUsers.RunAsync(ct);
        }
    }

    private string SafeReturnUrl(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
