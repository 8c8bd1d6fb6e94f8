using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.FollowUps;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.FollowUps;

[Authorize(Policy = Policies.CitizenData)]
public sealed class NewModel(RecordFollowUp record, TimeProvider clock) : ResultPage
{
    [BindProperty]
    public RecordFollowUp.Input Input { get; set; } = new();

    public Guid PlacementId { get; private set; }

    public string? CompanyName { get; private set; }

    public string? CitizenName { get; private set; }

    public int AgreementNumber { get; private set; }

    public IReadOnlyList<SubGoal> SubGoals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Input = new RecordFollowUp.Input { Date = Today.In(clock) };
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await RunAsync(() => record.RunAsync(id, Input, ct), _ => RedirectToPage("/Placements/Details", new { id }), "Opfølgningen er gemt.")
        ?? await ShowAsync(id, ct);

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await record.FormAsync(id, ct) is not Result<RecordFollowUp.Form>.Ok form)
        {
            return NotFound();
        }

        PlacementId = form.Value.PlacementId;
        CompanyName = form.Value.CompanyName;
        CitizenName = form.Value.CitizenName;
        AgreementNumber = form.Value.AgreementNumber;
        SubGoals = form.Value.SubGoals;

        // One assessment per sub-goal of the latest agreement, keeping what the user chose (a newer version may have come).
        if (!Input.Assessments.Select(a => a.SubGoalId).SequenceEqual(SubGoals.Select(g => g.Id)))
        {
            Input = Input with
            {
                Assessments = SubGoals.Select(g => Input.Assessments.FirstOrDefault(a => a.SubGoalId == g.Id)
                                                   ?? new RecordFollowUp.Assessment { SubGoalId = g.Id }).ToList(),
            };
        }

        return Page();
    }
}
