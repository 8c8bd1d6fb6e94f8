using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Platform.Common;
using Vc2.Steering.Evaluation;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Evaluation;

/// <summary>The evaluators write their findings, lessons and recommendations on a snapshot and publish them with the
/// report (ADR 0026, section 4).</summary>
[Authorize(Policy = Policies.National)]
public sealed class AssessmentModel(WriteAssessment assessments) : ResultPage
{
    [BindProperty]
    public WriteAssessment.Input Input { get; set; } = new();

    [BindProperty]
    public int? SeenVersion { get; set; }

    public WriteAssessment.Output View { get; private set; } = null!;

    /// <summary>The evaluators write; the agency reads.</summary>
    public bool CanWrite => assessments.Writes;

    public IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<FindingKind>().Select(k => new SelectListItem(FindingKindNames.Danish(k), k.ToString()));

    public IEnumerable<SelectListItem> JobCentres =>
        [new("Hele programmet", ""), .. View.JobCentres.Select(c => new SelectListItem(c.Name, c.Number))];

    public IEnumerable<SelectListItem> Holdepunkter =>
        [new("Programmet generelt", ""), .. View.Holdepunkter.Select(h => new SelectListItem($"{h.Number}. {h.Title}", h.Number.ToString(CultureInfo.InvariantCulture)))];

    public string JobCentreName(string? number) => number is null ? "Hele programmet" : View.JobCentres.FirstOrDefault(c => c.Number == number).Name ?? number;

    public string HoldepunktName(int? number) => number is { } n ? View.Holdepunkter.FirstOrDefault(h => h.Number == n) is { Title: not null } h ? $"{h.Number}. {h.Title}" : $"{n}." : "Programmet generelt";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        KeepErrorsOf("Input");
        var result = await RunAsync(() => assessments.AddAsync(id, Input, ct), _ => Redirect($"/evaluering/{id}/vurdering#udkast"), "Punktet er tilføjet udkastet.");
        return result ?? await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid findingId, CancellationToken ct)
    {
        ModelState.Clear();
        return Handle(await assessments.RemoveAsync(id, findingId, ct), _ => Redirect($"/evaluering/{id}/vurdering#udkast"), "Punktet er fjernet fra udkastet.")
               ?? await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await assessments.PublishAsync(id, SeenVersion, ct);
        if (result is Result<int>.Invalid invalid)
        {
            foreach (var message in invalid.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError("Publish", message);
            }

            return await ShowAsync(id, ct);
        }

        return Handle(result, n => Redirect($"/evaluering/{id}"), "Vurderingen er offentliggjort med rapporten.") ?? await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await assessments.GetAsync(id, ct) is not Result<WriteAssessment.Output>.Ok ok)
        {
            return NotFound();
        }

        View = ok.Value;
        return Page();
    }
}
