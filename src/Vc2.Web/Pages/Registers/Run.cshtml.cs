using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Money.Registers;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Registers;

/// <summary>One import's progress and report; the page reloads itself every two seconds while the file waits or is imported.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class RunModel(ImportLog log) : PageModel
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
}
