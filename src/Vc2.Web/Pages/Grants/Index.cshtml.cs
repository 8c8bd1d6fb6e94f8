using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Money.Grants;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Grants;

[Authorize(Policy = Policies.Grants)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Expensive)]
public sealed class IndexModel(ComputeStatement compute, Vc2.Money.Registers.CheckTargetGroups checks, Vc2.Platform.Users.CurrentUser user,
    Vc2.Steering.Overview.ProgrammeOverview programme, Vc2.Steering.Overview.GetCentreStatement stored) : PageModel
{
    public ComputeStatement.Output? Data { get; private set; }

    /// <summary>The agency's first view: every job centre's totals from the national figures (ADR 0019); a centre's
    /// citizens open one centre at a time, and the full list is the download.</summary>
    public Vc2.Steering.Overview.ProgrammeOverview.Output? Summary { get; private set; }

    /// <summary>False when the agency sees every centre as of a date: totals only, the citizens per centre.</summary>
    public bool CitizensShown { get; private set; } = true;

    /// <summary>The agency's chosen job centre.</summary>
    [FromQuery(Name = "jobcenter")]
    public Guid? JobCentreId { get; set; }

    /// <summary>When the agency's view of one centre comes from the national figures: when they were computed.</summary>
    public Vc2.Steering.Overview.GetCentreStatement.Output? Stored { get; private set; }

    /// <summary>Only citizens with a flexjob result (R10: no flexjob bonus may be claimed for them).</summary>
    [FromQuery(Name = "fleksjob")]
    public bool FlexjobOnly { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        if (!user.IsNational)
        {
            Data = await compute.RunAsync(dato, ct: ct);
            return Page();
        }

        if (JobCentreId is not { } centre)
        {
            if (dato is not null)
            {
                // Every centre as of another date: settled now, the totals per centre; the citizens one centre at a time.
                Data = await compute.RunAsync(dato, ct: ct);
                CitizensShown = false;
                return Page();
            }

            Summary = await SummaryAsync(ct);
            return Page();
        }

        if (dato is not null)
        {
            // Another date than today: settled now, for this one job centre.
            Data = await compute.RunAsync(dato, centre, ct: ct);
            return Data.Statement.JobCentres.Count == 0 ? NotFound() : Page();
        }

        if (await stored.RunAsync(centre, ct) is not Vc2.Platform.Common.Result<Vc2.Steering.Overview.GetCentreStatement.Output>.Ok found)
        {
            return NotFound();
        }

        Stored = found.Value;
        Data = found.Value.Statement?.ToOutput();
        if (Data is null)
        {
            Summary = await SummaryAsync(ct);
        }

        return Page();
    }

    private async Task<Vc2.Steering.Overview.ProgrammeOverview.Output?> SummaryAsync(CancellationToken ct) =>
        await programme.RunAsync(ct) is Vc2.Platform.Common.Result<Vc2.Steering.Overview.ProgrammeOverview.Output>.Ok ok ? ok.Value : null;

    /// <summary>Whether the user may run the target-group check for the job centre's citizens (its own staff).</summary>
    public Guid? OwnCentre(string municipalityNumber) =>
        Data?.JobCentreIds.TryGetValue(municipalityNumber, out var id) == true && user.CitizenJobCentreIds.Contains(id) ? id : null;

    /// <summary>Checks every citizen of the job centre against the target group now (a new check each; overrides stay).</summary>
    public async Task<IActionResult> OnPostCheckAllAsync([FromForm] Guid jobCentreId, CancellationToken ct)
    {
        if (!user.CitizenJobCentreIds.Contains(jobCentreId))
        {
            return NotFound();
        }

        var done = await checks.RunAsync(jobCentreId, all: true, runId: null, ct: ct);
        TempData["Saved"] = $"Målgruppetjek af {done.Checked} borgere: {done.InTargetGroup} i målgruppen, {done.NotInTargetGroup} uden for, {done.NoData} uden registerdata for indskrivningsugen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        var data = await compute.RunAsync(dato, exportFormat: "CSV", ct: ct);
        return File(ExportStatement.Csv(data), ExportStatement.CsvContentType, ExportStatement.FileName(data, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        var data = await compute.RunAsync(dato, exportFormat: "regneark", ct: ct);
        return File(ExportStatement.Xlsx(data), Vc2.Platform.Exports.XlsxExport.ContentType, ExportStatement.FileName(data, "xlsx"));
    }
}
