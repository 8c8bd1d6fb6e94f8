using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.Citizens;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

/// <summary>The citizen list with search. The search form is a POST, so that a CPR number never appears in an address,
/// the browser history or a server's request log; the page links (GET) carry name searches only.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class IndexModel(ListCitizens listCitizens) : PageModel
{
    public string? Query { get; private set; }

    public string? Notice { get; private set; }

    public ListCitizens.Output? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "q")] string? q, [FromQuery(Name = "side")] int? side, CancellationToken ct)
    {
        if (q is not null && q.Any(char.IsAsciiDigit))
        {
            Notice = "Søg på CPR-nummer i søgefeltet på siden, ikke i adressen.";
            q = null;
        }

        Query = q;
        Result = await listCitizens.RunAsync(new ListCitizens.Input(q, side ?? 1), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "q")] string? q, CancellationToken ct)
    {
        Result = await listCitizens.RunAsync(new ListCitizens.Input(q), ct);
        // A CPR search is not written back into the box: the page may stay on a shared screen.
        Query = Result.WasCprSearch ? null : q;
        if (Result.WasCprSearch)
        {
            Notice = "Søgt på CPR-nummer (søgningen er logget).";
        }

        return Page();
    }
}
