using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.Steering.Evaluation;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Evaluation;

/// <summary>The evaluators' pseudonymised export. The key is posted, never put in the address.</summary>
[Authorize(Policy = Policies.National)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Expensive)]
public sealed class ExportModel(EvaluatorExport export) : ResultPage
{
    [BindProperty]
    public EvaluatorExport.Input Input { get; set; } = new() { Format = EvaluatorExport.Format.Xlsx };

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Formats =>
        [new("XLSX (tre ark)", nameof(EvaluatorExport.Format.Xlsx)), new("CSV (ZIP med tre filer)", nameof(EvaluatorExport.Format.Csv))];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await export.RunAsync(Input, ct);
        if (result is Result<EvaluatorExport.Output>.Ok ok)
        {
            return File(ok.Value.Content, ok.Value.ContentType, ok.Value.FileName);
        }

        Input = Input with { ExportKey = null }; // a secret is not written back into the page
        return Handle(result, _ => Page()) ?? Page();
    }
}
