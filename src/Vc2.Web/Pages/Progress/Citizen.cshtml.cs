using Vc2.Platform.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Platform.Common;
using Vc2.CaseWork.Progress;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Progress;

/// <summary>One citizen's progress: what is due from whom, the requests sent, a chart per dimension with the three
/// respondents over time and the disagreements marked, and every answer in a table (the charts' text alternative).</summary>
[Authorize(Policy = Policies.CitizenData)]
public sealed class CitizenModel(GetCitizenProgress progress, InviteRespondent invite, TimeProvider clock) : ResultPage
{
    public sealed record InviteInput
    {
        public Respondent? Respondent { get; init; }

        public DeliveryChannel? Channel { get; init; }
    }

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public GetCitizenProgress.Output Progress { get; private set; } = null!;

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public static IEnumerable<SelectListItem> InviteRespondents =>
        [new(RespondentNames.Danish(Respondent.Mentor), nameof(Respondent.Mentor)), new(RespondentNames.Danish(Respondent.Citizen), nameof(Respondent.Citizen))];

    public static IEnumerable<SelectListItem> Channels =>
    [
        new("E-mail", nameof(DeliveryChannel.Email)), new("Sms", nameof(DeliveryChannel.Sms)),
        new("Send ikke – besvares logget ind i VC2", nameof(DeliveryChannel.None)),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct)
    {
        var result = await invite.RunAsync(id, new InviteRespondent.Input(Invite.Respondent, Invite.Channel), ct);
        switch (result)
        {
            case Result<InviteRespondent.Output>.Ok ok:
                TempData["Saved"] = ok.Value.SentTo is null
                    ? "Anmodningen er oprettet. Den kan besvares logget ind i VC2."
                    : $"Linket sendes til {ok.Value.SentTo}. Det virker én gang, til og med {LinkExpiry.Text(ok.Value.ExpiresAtUtc)}.";
                return Redirect($"/borgere/{id}/progression");
            case Result<InviteRespondent.Output>.Invalid invalid:
                PageErrors.Copy(ModelState, invalid.Errors, nameof(Invite));
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public string ChartJson(Dimension dimension) => ProgressCharts.Json(Progress, dimension);

    public bool Disagrees(string dimensionKey, Respondent respondent, DateOnly on) => ProgressCharts.Disagrees(Progress, dimensionKey, respondent, on);

    public string DimensionName(string key) => Progress.Instrument.Dimensions.FirstOrDefault(d => d.Key == key)?.Name ?? key;


    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await progress.RunAsync(id, ct) is not Result<GetCitizenProgress.Output>.Ok ok)
        {
            return false;
        }

        Progress = ok.Value;
        return true;
    }
}
