using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Common;
using Vc2.CaseWork.Companies;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Companies;

[Authorize(Policy = Policies.CitizenData)]
public sealed class NewContractModel(GetCompany getCompany, AddContract add) : ResultPage
{
    [BindProperty]
    public AddContract.Input Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string? CompanyName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = await RunAsync(() => add.RunAsync(id, Input, ct), _ => RedirectToPage("Details", new { id }), "Rammeaftalen er gemt.");
        return answer ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getCompany.RunAsync(id, ct) is not Result<GetCompany.Output>.Ok found)
        {
            return false;
        }

        (Id, CompanyName) = (id, found.Value.Name);
        return true;
    }
}
