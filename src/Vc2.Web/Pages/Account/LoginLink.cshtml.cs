using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Common;
using Vc2.Platform.Users;

namespace Vc2.Web.Pages.Account;

/// <summary>
/// A login link by e-mail for company mentors and contact persons without MitID Erhverv (ADR 0027). Nobody is signed in:
/// the address is looked up as the system, in a scope of its own (like the OpenID Connect login), so the request itself
/// never reads past tenancy. The answer after a valid address is the same whether it is known or not, and whether a link
/// went or not (Post/Redirect/Get to <c>?sendt=1</c>, which names no address). Rate-limited per client (POSTs harder than
/// the anonymous pages) and, in <see cref="SendLoginLink"/>, per address.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Startup.RateLimits.LoginLink)]
public sealed class LoginLinkModel(IServiceScopeFactory scopes) : ResultPage
{
    [BindProperty]
    public SendLoginLink.Input Input { get; set; } = new();

    [FromQuery(Name = "sendt")]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Every bad address gets the one Danish message, before the database is asked.
        if (EmailShape.Plausible(Input.Email) is null)
        {
            ModelState.Clear();
            ModelState.AddModelError("Input.Email", SendLoginLink.InvalidText);
            return Page();
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("login-link");
        var result = await scope.ServiceProvider.GetRequiredService<SendLoginLink>().RunAsync(Input, ct);
        return Handle(result, _ => Redirect("/log-ind/link?sendt=1")) ?? Page();
    }
}
