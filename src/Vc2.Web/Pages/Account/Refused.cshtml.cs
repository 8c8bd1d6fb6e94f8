using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Vc2.Web.Pages.Account;

/// <summary>Where every refused or failed login ends: a Danish page that says why and what to do.</summary>
[AllowAnonymous]
public sealed class RefusedModel : PageModel
{
    [FromQuery(Name = "aarsag")]
    public string? Reason { get; set; }

    [FromQuery(Name = "kommune")]
    public string? Municipalities { get; set; }

    /// <summary>Only digits, commas and spaces are shown back: the query is not to be trusted.</summary>
    public string? SafeMunicipalities => Municipalities is { Length: > 0 and <= 100 } m && m.All(c => char.IsAsciiDigit(c) || c is ',' or ' ') ? m : null;

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
