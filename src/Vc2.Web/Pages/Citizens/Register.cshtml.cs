using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

[Authorize(Policy = Policies.CitizenData)]
public sealed class RegisterModel(RegisterCitizen register, TimeProvider clock) : CitizenFormModel<RegisterCitizen.Input>
{
    public IReadOnlyList<SelectListItem> JobCentreOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new RegisterCitizen.Input { EnrolmentDate = Today.In(clock) };
        await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await register.RunAsync(Input, ct);
        var answer = Handle(result, ok => RedirectToPage("Details", new { id = ok.Id }), "Borgeren er indskrevet.");
        if (result is Result<RegisterCitizen.Output>.Ok { Value.ChecksumWarning: true })
        {
            // A warning, not part of the success: the number is saved, but may be mistyped.
            TempData["Warning"] = "CPR-nummeret opfylder ikke modulus 11-kontrollen. Tjek, at det er skrevet rigtigt; numre udstedt efter 2007 kan være korrekte alligevel.";
        }

        if (answer is not null)
        {
            return answer;
        }

        await ShowAsync(ct);
        return Page();
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        var form = await register.FormAsync(ct);
        ShowCaseworkers(form.Caseworkers);
        JobCentreOptions = form.JobCentres.Select(j => new SelectListItem(j.Name, j.Id.ToString())).ToList();
    }
}
