using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Common;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Placements;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.FollowUps;

[Authorize(Policy = Policies.CitizenData)]
public sealed class NewModel(GetPlacement getPlacement, RecordFollowUp record, TimeProvider clock) : ResultPage
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
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new RecordFollowUp.Input
        {
            Date = Today.In(clock),
            Assessments = SubGoals.Select(g => new RecordFollowUp.Assessment { SubGoalId = g.Id }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answer = await RunAsync(() => record.RunAsync(id, Input, ct), _ => RedirectToPage("/Placements/Details", new { id }), "Opfølgningen er gemt.");
        return answer ?? (await LoadAsync(id, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await getPlacement.RunAsync(id, ct) is not Result<GetPlacement.Output>.Ok found)
        {
            return false;
        }

        PlacementId = id;
        CompanyName = found.Value.CompanyName;
        CitizenName = found.Value.CitizenName;
        if (found.Value.Agreements is [var latest, ..])
        {
            AgreementNumber = latest.Number;
            SubGoals = latest.SubGoals.OrderBy(g => g.Order).ToList();
        }

        // One assessment per sub-goal of the latest agreement, keeping what the user chose (a newer version may have come).
        if (Input.Assessments.Select(a => a.SubGoalId).SequenceEqual(SubGoals.Select(g => g.Id)) is false)
        {
            Input = Input with
            {
                Assessments = SubGoals.Select(g => Input.Assessments.FirstOrDefault(a => a.SubGoalId == g.Id)
                                                   ?? new RecordFollowUp.Assessment { SubGoalId = g.Id }).ToList(),
            };
        }

        return true;
    }
}
