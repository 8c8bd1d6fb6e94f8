using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.CaseWork.Progress;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Progress;

/// <summary>The caseworker answers the instrument in VC2, or types in the citizen's or the mentor's answers.</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class RecordModel(RecordMeasurement record, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public RecordMeasurement.Input Input { get; set; } = new();

    public Guid CitizenId { get; private set; }

    public string? CitizenName { get; private set; }

    public Instrument Instrument { get; private set; } = null!;

    public Respondent Respondent => Input.Respondent ?? Respondent.Caseworker;

    public AnswerFields Fields => new(Instrument, Respondent, "Input.Answers");

    public async Task<IActionResult> OnGetAsync(Guid id, Respondent? respondent, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new RecordMeasurement.Input { AnsweredOn = Today.In(clock), Respondent = respondent ?? Respondent.Caseworker };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // With an unreadable field the use case does not run; the instrument is then read first, so the missing scores are
        // told in the same round as the unreadable hours.
        var unreadable = BindingMessages.HasUnreadable(ModelState);
        if (unreadable && !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (await RunAsync(() => record.RunAsync(id, Input, ct), _ => Redirect($"/borgere/{id}/progression"), "Målingen er gemt.",
                errors => Input.Answers.Check(Instrument, Respondent, errors, "Answers.")) is { } done)
        {
            return done;
        }

        return unreadable || await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await record.FormAsync(id, ct) is not Result<RecordMeasurement.Form>.Ok form)
        {
            return false;
        }

        CitizenId = form.Value.CitizenId;
        CitizenName = form.Value.CitizenName;
        Instrument = form.Value.Instrument;
        return true;
    }
}
