using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Citizens;

[Authorize(Policy = Policies.CitizenData)]
public sealed class RegisterModel(RegisterCitizen register, StaffDirectory staff, Vc2Db db, TimeProvider clock) : CitizenFormModel<RegisterCitizen.Input>(staff)
{
    public IReadOnlyList<SelectListItem> JobCentreOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new RegisterCitizen.Input { EnrolmentDate = Vc2.Platform.Common.Today.In(clock) };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await register.RunAsync(Input, ct);
        var answer = Handle(result, ok => RedirectToPage("Details", new { id = ok.Id }), result is Vc2.Platform.Common.Result<RegisterCitizen.Output>.Ok { Value.ChecksumWarning: true }
            ? "Borgeren er indskrevet. Bemærk: CPR-nummeret opfylder ikke modulus 11-kontrollen; tjek at det er skrevet rigtigt."
            : "Borgeren er indskrevet.");
        if (answer is not null)
        {
            return answer;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadOptionsAsync(ct);
        var mine = db.CurrentUser.CitizenJobCentreIds;
        JobCentreOptions = db.JobCentres.Where(j => mine.Contains(j.Id)).OrderBy(j => j.Name)
            .Select(j => new SelectListItem(j.Name, j.Id.ToString())).ToList();
    }
}
