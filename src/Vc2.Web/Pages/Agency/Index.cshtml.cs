using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Steering.Overview;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Agency;

/// <summary>The national overview: every job centre side by side, in aggregates only, with charts.</summary>
[Authorize(Policy = Policies.National)]
public sealed class IndexModel(ProgrammeOverview programme) : PageModel
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public IReadOnlyList<ProgrammeOverview.Row> Programme { get; private set; } = [];

    public ProgrammeOverview.Output? Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await programme.RunAsync(ct) is Result<ProgrammeOverview.Output>.Ok ok ? ok.Value : null;
        Programme = Figures?.Rows ?? [];
    }

    public static string Kroner(decimal? amount) => amount is { } a ? Format.Kroner(a) : "–";

    public static string Change(decimal? change) => change is { } c ? (c > 0 ? "+" : "") + c.ToString("0.0", Danish) : "–";

    public string ParticipantsChart() => JsonSerializer.Serialize(new
    {
        labels = Programme.Select(r => r.Name),
        yTitle = "Borgere",
        series = new object[]
        {
            new { label = "Deltagere", color = "#0059b3", values = Programme.Select(r => (decimal?)r.Participants) },
            new { label = "Forventede deltagere", color = "#8a4500", values = Programme.Select(r => (decimal?)r.ExpectedParticipants) },
        },
    });

    public string GrantsChart() => JsonSerializer.Serialize(new
    {
        labels = Programme.Select(r => r.Name),
        yTitle = "Kroner",
        series = new object[]
        {
            new { label = "Aktivitet og resultat til udbetaling", color = "#1e6b24", values = Programme.Select(r => r.ActivityAndResultPayable) },
            new { label = "Ramme", color = "#595959", values = Programme.Select(r => r.Frame) },
        },
    });
}
