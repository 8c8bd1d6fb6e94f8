using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Money.Grants;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Grants;

[Authorize(Policy = Policies.Grants)]
public sealed class IndexModel(ComputeStatement compute) : PageModel
{
    public ComputeStatement.Output? Data { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct) => Data = await compute.RunAsync(dato, ct);

    public async Task<IActionResult> OnGetCsvAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        var data = await compute.RunAsync(dato, ct);
        // A byte order mark, so that Danish Excel opens the file as UTF-8.
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(ExportStatement.Csv(data))).ToArray(),
            "text/csv; charset=utf-8", $"tilskud-{data.Statement.AsOf:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        var data = await compute.RunAsync(dato, ct);
        var stream = new MemoryStream();
        ExportStatement.Xlsx(stream, data);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tilskud-{data.Statement.AsOf:yyyy-MM-dd}.xlsx");
    }
}
