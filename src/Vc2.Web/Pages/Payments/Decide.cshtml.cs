using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Money.Payments;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Payments;

/// <summary>The agency's decision on a payment request, posted from the list; errors are shown here.</summary>
[Authorize(Policy = Policies.Agency)]
public sealed class DecideModel(DecidePayment decide) : ResultPage
{
    [BindProperty]
    public DecidePayment.Input Decision { get; set; } = new();

    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await decide.RunAsync(id, Decision, ct);
        var answer = Handle(result, _ => RedirectToPage("Index"), "Anmodningen er behandlet.");
        if (result is Vc2.Platform.Common.Result<int>.Invalid invalid)
        {
            // The form posted fields named Decision.*; show the messages above.
            ModelState.Clear();
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }
        }

        return answer ?? Page();
    }
}
