using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;
using Vc2.Money.Registers;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Registers;

/// <summary>One import's progress and report; the page reloads itself every two seconds while the import runs.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class RunModel(ImportLog log) : PageModel
{
    public ImportRun? Run { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Run = await log.OneAsync(id, ct) is Result<ImportRun>.Ok ok ? ok.Value : null;
}
