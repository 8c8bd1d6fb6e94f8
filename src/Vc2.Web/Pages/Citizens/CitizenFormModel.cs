using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Users;

namespace Vc2.Web.Pages.Citizens;

/// <summary>What the shared citizen fields need from their page.</summary>
public interface ICitizenForm
{
    CitizenDetails Input { get; }

    IReadOnlyList<SelectListItem> CaseworkerOptions { get; }
}

/// <summary>What the register and edit pages share: the bound citizen fields and the caseworkers to choose from.</summary>
public abstract class CitizenFormModel<TInput> : ResultPage, ICitizenForm
    where TInput : CitizenDetails, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    CitizenDetails ICitizenForm.Input => Input;

    public IReadOnlyList<SelectListItem> CaseworkerOptions { get; private set; } = [];

    protected void ShowCaseworkers(IEnumerable<StaffDirectory.Person> caseworkers) =>
        CaseworkerOptions = caseworkers.Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
}
