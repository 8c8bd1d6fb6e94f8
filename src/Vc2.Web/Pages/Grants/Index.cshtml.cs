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
        return File(ExportStatement.Csv(data), ExportStatement.CsvContentType, ExportStatement.FileName(data, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync([FromQuery(Name = "dato")] DateOnly? dato, CancellationToken ct)
    {
        var data = await compute.RunAsync(dato, ct);
        return File(ExportStatement.Xlsx(data), Vc2.Platform.Exports.XlsxExport.ContentType, ExportStatement.FileName(data, "xlsx"));
    }
}
