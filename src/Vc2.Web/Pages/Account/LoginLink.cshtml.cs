using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Common;
using Vc2.Platform.Users;

namespace Vc2.Web.Pages.Account;

/// <summary>
/// A login link by e-mail for company mentors and contact persons without MitID Erhverv (ADR 0028). Nobody is signed in:
/// the address is looked up as the system, in a scope of its own (like the OpenID Connect login), so the request itself
/// never reads past tenancy. The answer after a valid address is the same whether it is known or not, and whether a link
/// went or not (Post/Redirect/Get to <c>?sendt=1</c>, which names no address). Rate-limited per client (POSTs harder than
/// the anonymous pages) and, in <see cref="SendLoginLink"/>, per address.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // checked in the handler, after the form has been read: see OnPostAsync
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Startup.RateLimits.LoginLink)]
public sealed class LoginLinkModel(IServiceScopeFactory scopes, IAntiforgery antiforgery) : ResultPage
{
    public const string SentAnswer = "1";

    /// <summary>Filled from the form by hand (see <see cref="OnPostAsync"/>), so there is no [BindProperty].</summary>
    public SendLoginLink.Input Input { get; private set; } = new();

    [FromQuery(Name = "sendt")]
    public string? Sent { get; set; }

    public bool WasSent => Sent == SentAnswer;

    public void OnGet()
    {
    }

    /// <summary>
    /// The form is read here rather than by the framework: a form the framework cannot read (a NUL character, which its
    /// decoder refuses) would otherwise end as a bare 400 before any page runs. Here every bad address — unreadable, empty,
    /// too long, not an address, with control characters — gets the one Danish message, and nothing is read or written.
    /// A readable form without the page's antiforgery token is refused with 400, as everywhere in VC2.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        string? email;
        try
        {
            email = (await Request.ReadFormAsync(ct))["Input.Email"].FirstOrDefault();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException)
        {
            return Invalid(null);
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        Input = new SendLoginLink.Input { Email = email };
        if (EmailShape.Plausible(email) is null)
        {
            return Invalid(email);
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("login-link");
        var result = await scope.ServiceProvider.GetRequiredService<SendLoginLink>().RunAsync(Input, ct);
        return Handle(result, _ => Redirect("/log-ind/link?sendt=" + SentAnswer)) ?? Page();
    }

    private PageResult Invalid(string? email)
    {
        // What was typed is shown back (the field encodes it), up to the longest valid address and without control characters.
        var shown = email is null ? null : new string(email.Where(c => !char.IsControl(c)).Take(EmailShape.MaxLength).ToArray());
        Input = new SendLoginLink.Input { Email = shown };
        ModelState.Clear();
        ModelState.AddModelError("Input.Email", SendLoginLink.InvalidText);
        ModelState.SetModelValue("Input.Email", shown, shown);
        return Page();
    }
}
