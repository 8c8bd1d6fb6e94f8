using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Account;

/// <summary>Logging out is a POST (with antiforgery), so that a link on another site cannot log a user out. It ends
/// every session of the user (a copied cookie stops working at once) and, after an OpenID Connect login, the identity
/// provider's session too, so that the next person at a shared PC is asked to log in.</summary>
[AllowAnonymous]
public sealed class LogoutModel(EndSessions endSessions, OidcSettings oidc) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await endSessions.RunAsync(userId, ct);
        }

        var viaProvider = oidc.Enabled && User.Identities.Any(i => i.AuthenticationType == AuthSetup.OidcScheme);
        if (viaProvider)
        {
            // The provider's end-session endpoint, then back to the front page (post_logout_redirect_uri).
            return SignOut(new AuthenticationProperties { RedirectUri = "/" }, CookieAuthenticationDefaults.AuthenticationScheme, AuthSetup.OidcScheme);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
