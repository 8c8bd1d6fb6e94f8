using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Users;
using Vc2.Steering.Evaluation;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Evaluation;

/// <summary>The register comparison group of the effect estimate: the agency imports the pseudonymised extract; the
/// agency and the evaluators see which extract is in use. The key is posted, never put in the address or kept.</summary>
[Authorize(Policy = Policies.National)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Expensive)]
[RequestSizeLimit(1L * 1024 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 1L * 1024 * 1024 * 1024)]
public sealed class ComparisonModel(ImportComparisonExtract import, CurrentUser user) : ResultPage
{
    public sealed class UploadInput
    {
        public string? ExportKey { get; set; }

        public IFormFile? File { get; set; }
    }

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public ComparisonExtract? Current { get; private set; }

    public bool CanImport => user.HasRole(Role.Agency);

    public async Task OnGetAsync(CancellationToken ct) => Current = await import.CurrentAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await using var file = Input.File is { Length: > 0 } f ? f.OpenReadStream() : null;
        var result = await import.RunAsync(file, Input.File?.FileName, Input.ExportKey, ct: ct);
        var shown = Handle(result, r => Redirect("/evaluering/sammenligningsgruppe"),
            "Sammenligningsudtrækket er indlæst. Dan et nyt øjebliksbillede for at beregne effekten.");
        Input.ExportKey = null; // a secret is not written back into the page
        Current = await import.CurrentAsync(ct);
        return shown ?? Page();
    }
}
