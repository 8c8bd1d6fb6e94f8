using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.AccessLog;
using Vc2.Platform.Common;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Audit;

/// <summary>The project leader's search in the audit log.</summary>
[Authorize(Policy = Policies.ProjectLeader)]
public sealed class IndexModel(SearchAudit searchAudit) : PageModel
{
    public string? UserName { get; private set; }

    public string? Action { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public SearchAudit.Output? Result { get; private set; }

    public async Task OnGetAsync(
        [FromQuery(Name = "bruger")] string? bruger,
        [FromQuery(Name = "handling")] string? handling,
        [FromQuery(Name = "fra")] DateOnly? fra,
        [FromQuery(Name = "til")] DateOnly? til,
        [FromQuery(Name = "side")] int? side,
        CancellationToken ct)
    {
        (UserName, Action, From, To) = (bruger, handling, fra, til);
        var result = await searchAudit.RunAsync(new SearchAudit.Input
        {
            UserName = bruger, Action = string.IsNullOrEmpty(handling) ? null : handling, From = fra, To = til, Page = side ?? 1,
        }, ct);
        switch (result)
        {
            case Result<SearchAudit.Output>.Ok ok:
                Result = ok.Value;
                break;
            case Result<SearchAudit.Output>.Invalid invalid:
                PageErrors.Copy(ModelState, invalid.Errors, string.Empty);
                break;
        }
    }
}
