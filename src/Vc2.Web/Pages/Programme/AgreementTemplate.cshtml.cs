using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Programme;

/// <summary>The agency's template for the work agreement: the published versions, and the draft it writes and publishes.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class AgreementTemplateModel(DesignAgreementTemplate design) : ResultPage
{
    /// <summary>Empty rows the form offers for new extra sections.</summary>
    private const int EmptyRows = 2;

    [BindProperty]
    public DesignAgreementTemplate.Input Input { get; set; } = new();

    public IReadOnlyList<AgreementTemplate> Versions { get; private set; } = [];

    public AgreementTemplate? Draft { get; private set; }

    /// <summary>Whether the draft is saved (else it is a copy of the newest version, made when the agency saves it).</summary>
    public bool DraftSaved => Draft is not null && Versions.Any(v => v.Number == Draft.Number);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new DesignAgreementTemplate.Input
        {
            LongTermGoalGuidance = Draft!.LongTermGoalGuidance, PlacementGoalGuidance = Draft.PlacementGoalGuidance, TasksAndHoursGuidance = Draft.TasksAndHoursGuidance,
            MentorRoleGuidance = Draft.MentorRoleGuidance, SubGoalsGuidance = Draft.SubGoalsGuidance, Version = Draft.Version,
            Sections = [.. Draft.Sections.Select(s => new DesignAgreementTemplate.SectionInput { Title = s.Title, Guidance = s.Guidance, Required = s.Required })],
        };
        PadSections();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await RunAsync(() => design.SaveDraftAsync(Input, ct), n => Redirect("/program/aftaleskabelon"), "Kladden er gemt. Den bruges først, når den er offentliggjort.");
        if (result is not null)
        {
            return result;
        }

        await LoadAsync(ct);
        PadSections();
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int number, int? version, CancellationToken ct)
    {
        ModelState.Clear(); // the draft's fields are not posted with the publish button
        var result = Handle(await design.PublishAsync(number, version, ct), n => Redirect("/program/aftaleskabelon"),
            $"Version {number} af skabelonen er offentliggjort. Jobcentrenes nye arbejdsaftaler skrives nu efter den; de gamle beholder deres version.");
        if (result is not null)
        {
            return result;
        }

        await OnGetAsync(ct);
        return Page();
    }

    private void PadSections()
    {
        var rows = Input.Sections ?? [];
        var wanted = Math.Min(DesignAgreementTemplate.MaxSections, rows.Count(r => !string.IsNullOrWhiteSpace(r.Title) || !string.IsNullOrWhiteSpace(r.Guidance)) + EmptyRows);
        Input = Input with { Sections = [.. rows.Take(wanted), .. Enumerable.Range(0, Math.Max(0, wanted - rows.Count)).Select(_ => new DesignAgreementTemplate.SectionInput())] };
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await design.ListAsync(ct) is not Result<IReadOnlyList<AgreementTemplate>>.Ok list || await design.DraftAsync(ct) is not Result<AgreementTemplate>.Ok draft)
        {
            return false;
        }

        (Versions, Draft) = (list.Value, draft.Value);
        return true;
    }
}
