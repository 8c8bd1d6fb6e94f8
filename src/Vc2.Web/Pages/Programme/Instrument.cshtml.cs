using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Programme;

/// <summary>The agency's progress instrument: its versions, and the draft it edits and publishes.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class InstrumentModel(DesignInstrument design) : ResultPage
{
    [BindProperty]
    public DesignInstrument.Input Input { get; set; } = new();

    public IReadOnlyList<DesignInstrument.VersionView> Versions { get; private set; } = [];

    public DesignInstrument.Draft? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = Draft!.Input;
        AddEmptyDimension();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await RunAsync(() => design.SaveDraftAsync(Input, ct), n => Redirect("/program/maaleinstrument"),
            "Kladden er gemt. Nye målinger bruger den først, når den er offentliggjort.");
        if (result is not null)
        {
            return result;
        }

        await LoadAsync(ct);
        if ((Input.Dimensions ?? []).All(d => !IsEmpty(d)))
        {
            AddEmptyDimension();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int number, int? version, CancellationToken ct)
    {
        ModelState.Clear(); // the draft's fields are not posted with the publish button
        var result = Handle(await design.PublishAsync(number, version, ct), n => Redirect("/program/maaleinstrument"),
            $"Version {number} af måleinstrumentet er offentliggjort. Nye målinger bruger den; tidligere svar beholder deres version.");
        return result ?? await OnGetAsync(ct);
    }

    /// <summary>Whether a dimension's key came from a published version (then it is shown, not edited).</summary>
    public bool IsKnown(string? key) => key is not null && Draft is not null && Draft.KnownKeys.Contains(key);

    private static bool IsEmpty(DesignInstrument.DimensionInput? d) =>
        d is null || new[] { d.Key, d.Name, d.CitizenWording, d.MentorWording, d.CaseworkerWording, d.LowAnchor, d.HighAnchor }.All(string.IsNullOrWhiteSpace);

    private void AddEmptyDimension()
    {
        var rows = Input.Dimensions ?? [];
        if (rows.Count < DesignInstrument.MaxDimensions)
        {
            Input = Input with { Dimensions = [.. rows, new DesignInstrument.DimensionInput()] };
        }

        var anchors = Input.ScaleAnchors ?? [];
        Input = Input with { ScaleAnchors = [.. anchors.Take(10), .. Enumerable.Repeat<string?>(null, Math.Max(0, 10 - anchors.Count))] };
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await design.ListAsync(ct) is not Result<IReadOnlyList<DesignInstrument.VersionView>>.Ok list
            || await design.DraftAsync(ct) is not Result<DesignInstrument.Draft>.Ok draft)
        {
            return false;
        }

        (Versions, Draft) = (list.Value, draft.Value);
        return true;
    }
}
