using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Common;
using Vc2.CaseWork.Companies;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Companies;

[Authorize(Policy = Policies.CitizenData)]
public sealed class EditModel(GetCompany getCompany, SaveCompany save) : ResultPage
{
    [BindProperty]
    public SaveCompany.Input Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }

        if (await getCompany.RunAsync(id.Value, ct) is not Result<GetCompany.Output>.Ok found)
        {
            return NotFound();
        }

        var c = found.Value;
        Input = new SaveCompany.Input
        {
            Cvr = c.Cvr, PNumber = c.PNumber, Name = c.Name, Address = c.Address, PostalCode = c.PostalCode, City = c.City, Industry = c.Industry,
            ContactName = c.ContactName, ContactPhone = c.ContactPhone, ContactEmail = c.ContactEmail, FixedContactName = c.FixedContactName,
            FixedContactPhone = c.FixedContactPhone, FixedContactEmail = c.FixedContactEmail, FixedContactHours = c.FixedContactHours, Version = c.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var answer = Handle(await save.RunAsync(id, Input, ct), savedId => RedirectToPage("Details", new { id = savedId }), "Virksomheden er gemt.");
        if (answer is not null)
        {
            return answer;
        }

        if (ConflictMessage is not null && id is not null && await getCompany.RunAsync(id.Value, ct) is Result<GetCompany.Output>.Ok current)
        {
            ModelState.Remove("Input.Version");
            Input = Input with { Version = current.Value.Version };
        }

        return Page();
    }
}
