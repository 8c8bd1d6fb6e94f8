using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Money.Registers;
using Vc2.Rules.Model;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Registers;

[Authorize(Policy = Policies.Agency)]
public sealed class CodesModel(SaveBenefitCode save) : ResultPage
{
    [BindProperty]
    public SaveBenefitCode.Input Input { get; set; } = new();

    public IReadOnlyList<BenefitCode> Codes { get; private set; } = [];

    public IEnumerable<SelectListItem> Categories { get; } =
        Enum.GetValues<BenefitCategory>().Select(c => new SelectListItem(Vc2.Money.Registers.BenefitCategoryNames.Danish(c), c.ToString()));

    public async Task OnGetAsync(CancellationToken ct) => Codes = await save.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var answer = Handle(await save.RunAsync(Input, ct), code => RedirectToPage(), "Koden er gemt.");
        if (answer is not null)
        {
            return answer;
        }

        Codes = await save.ListAsync(ct);
        return Page();
    }
}
