using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Parties;

/// <summary>
/// A personal link for a mentor, a citizen or a company contact (ADR 0023). The page the link shows asks to continue: a
/// mail program or scanner that fetches the address does not use the link up; the POST does, once, and signs the holder
/// in as the party it was made for. Anonymous by convention (Program.cs) and rate-limited like the measurement links.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Anonymous)]
public sealed class LinkModel(PartyUsers users) : PageModel
{
    public string? Purpose { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        switch (await users.InspectAsync(token, ct))
        {
            case Result<string>.Ok ok:
                Purpose = ok.Value;
                break;
            case Result<string>.Invalid invalid:
                Refusal = invalid.Errors.Values.First()[0];
                break;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        switch (await users.OpenAsync(token, ct))
        {
            case Result<PartyUsers.Opened>.Ok ok:
                var opened = ok.Value;
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                    Vc2ClaimsTransformation.CookiePrincipal(opened.UserId, opened.DisplayName, opened.SessionStamp, "link"));
                return LocalRedirect(Url.IsLocalUrl(opened.Target) ? opened.Target : "/");
            case Result<PartyUsers.Opened>.Invalid invalid:
                Refusal = invalid.Errors.Values.First()[0];
                return Page();
            default:
                return NotFound();
        }
    }
}
