using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.Steering.Programme;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Programme;

[Authorize(Policy = Policies.Agency)]
public sealed class NewJobCentreModel(SaveJobCentre save, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public SaveJobCentre.NewInput Input { get; set; } = new();

    public void OnGet() => Input = new SaveJobCentre.NewInput { Commitment = new CommitJobCentre.Input { CommittedOn = Today.In(clock) } };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await RunAsync(() => save.CreateAsync(Input, ct), id => Redirect($"/program/jobcenter/{id}"), "Jobcentret er oprettet med sit tilsagn.") ?? Page();
}
