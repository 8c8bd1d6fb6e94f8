using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Money.Payments;
using Vc2.Platform.Common;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Payments;

/// <summary>The auditor's approvals: the project leader registers one with the signed PDF; everyone with access to the
/// payments sees them and can open the kept document.</summary>
[Authorize(Policy = Policies.Grants)]
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class AuditorModel(ListAuditorApprovals list, RegisterAuditorApproval register, CurrentUser user) : ResultPage
{
    [BindProperty]
    public RegisterAuditorApproval.Input Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    public IReadOnlyList<ListAuditorApprovals.Row> Rows { get; private set; } = [];

    public bool IsProjectLeader => user.HasRole(Role.ProjectLeader);

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.RunAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsProjectLeader)
        {
            return Forbid();
        }

        await using var stream = Document?.OpenReadStream();
        var result = await register.RunAsync(Input, stream, Document?.FileName, ct);
        if (result is Result<Guid>.Invalid invalid && invalid.Errors.TryGetValue("Document", out var documentErrors))
        {
            foreach (var message in documentErrors)
            {
                ModelState.AddModelError(nameof(Document), message);
            }
        }

        var answer = Handle(result, _ => RedirectToPage(), "Revisorgodkendelsen er registreret.");
        if (answer is not null)
        {
            return answer;
        }

        Rows = await list.RunAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, CancellationToken ct) =>
        await list.DocumentAsync(id, ct) is Result<(string Name, byte[] Content)>.Ok ok ? File(ok.Value.Content, "application/pdf", ok.Value.Name) : NotFound();
}
