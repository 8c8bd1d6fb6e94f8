using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.Steering.Programme;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Programme;

/// <summary>One job centre as the agency set it up: master data, the commitment's versions with a form for a new one,
/// and closing (or deleting one without data).</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class JobCentreModel(GetJobCentreSetup get, SaveJobCentre save, CommitJobCentre commit, CloseJobCentre close, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public SaveJobCentre.EditInput Input { get; set; } = new();

    [BindProperty]
    public CommitJobCentre.Input Commitment { get; set; } = new();

    [BindProperty]
    public CloseJobCentre.Input Closing { get; set; } = new();

    public GetJobCentreSetup.Output Setup { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var j = Setup.JobCentre;
        Input = new SaveJobCentre.EditInput
        {
            Name = j.Name, MunicipalityNumber = j.MunicipalityNumber, Address = j.Address, ContactName = j.ContactName, ContactEmail = j.ContactEmail,
            ContactPhone = j.ContactPhone, Version = j.Version,
        };
        Commitment = new CommitJobCentre.Input { CommittedOn = Today.In(clock), ExpectedParticipants = j.ExpectedParticipants };
        Closing = new CloseJobCentre.Input { ClosedOn = Today.In(clock), Version = j.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(Guid id, CancellationToken ct)
    {
        ClearOtherForms(nameof(Input));
        return await RunAsync(() => save.RunAsync(id, Input, ct), _ => Redirect($"/program/jobcenter/{id}"), "Jobcentrets oplysninger er gemt.") ?? await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken ct)
    {
        ClearOtherForms(nameof(Commitment));
        var result = await commit.RunAsync(id, Commitment, ct);
        if (result is Result<int>.Invalid invalid)
        {
            PageErrors.Copy(ModelState, invalid.Errors, nameof(Commitment));
            return await ShowAsync(id, ct);
        }

        return Handle(result, n => Redirect($"/program/jobcenter/{id}"), "Det nye tilsagn er registreret.") ?? await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        ClearOtherForms(nameof(Closing));
        var result = await close.RunAsync(id, Closing, ct);
        if (result is Result<int>.Invalid invalid)
        {
            PageErrors.Copy(ModelState, invalid.Errors, nameof(Closing));
            return await ShowAsync(id, ct);
        }

        return Handle(result, _ => Redirect($"/program/jobcenter/{id}"), "Jobcentret er lukket. Dets data er bevaret.") ?? await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostReopenAsync(Guid id, int version, CancellationToken ct)
    {
        ClearOtherForms("none");
        return Handle(await close.ReopenAsync(id, version, ct), _ => Redirect($"/program/jobcenter/{id}"), "Jobcentret er åbnet igen.") ?? await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        ClearOtherForms("none");
        var result = await close.DeleteAsync(id, ct);
        if (result is Result<bool>.Invalid invalid)
        {
            ConflictMessage = invalid.Errors.Values.First()[0];
            return await ShowAsync(id, ct);
        }

        return Handle(result, _ => Redirect("/program"), "Jobcentret er slettet.") ?? await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await get.RunAsync(id, ct) is not Result<GetJobCentreSetup.Output>.Ok ok)
        {
            return false;
        }

        Setup = ok.Value;
        return true;
    }

    /// <summary>One page holds three forms; only the posted one's fields are validated.</summary>
    private void ClearOtherForms(string posted)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(posted + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }
}
