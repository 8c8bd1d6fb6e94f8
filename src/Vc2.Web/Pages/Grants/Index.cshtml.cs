using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Money.Grants;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Grants;

[Authorize(Policy = Policies.Grants)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Expensive)]
public sealed class IndexModel(ComputeStatement compute, Vc2.Money.Registers.CheckTargetGroups checks, Vc2.Platform.Users.CurrentUser user) : PageModel
{
    public ComputeStatement.Output? Data { get; private set; }

    /// <summary>Only citizens with a flexjob result (R10: no flexjob bonus may be claimed for them).</summary>
    [FromQuery(Name = "fleksjob")]
    public bool FlexjobOnly { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct) => Data = await compute.RunAsync(dato, ct: ct);

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
