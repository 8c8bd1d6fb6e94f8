using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.Money.Registers;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Registers;

/// <summary>One import's progress and report; the page reloads itself every two seconds while the file waits or is imported.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class RunModel(ImportLog log, DecideImport decide) : ResultPage
{
    public ImportRun Run { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await log.OneAsync(id, ct) is not Result<ImportRun>.Ok ok)
        {
            return NotFound();
        }

        Run = ok.Value;
        return Page();
    }

    /// <summary>Confirms (<paramref name="confirm"/>) or rejects an import that would remove many stored weeks.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm] bool confirm, CancellationToken ct) =>
        await RunAsync(() => decide.RunAsync(id, confirm, ct), _ => Redirect($"/registre/{id}"),
            confirm ? "Indlæsningen er bekræftet og tæller nu." : "Indlæsningen er afvist; de tidligere data gælder.")
        ?? await OnGetAsync(id, ct);
}
