using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Vc2.Platform.Common;

namespace Vc2.Web.Pages.Account;

/// <summary>Where every refused or failed login ends: a Danish page that says why and what to do.</summary>
[AllowAnonymous]
public sealed class RefusedModel : PageModel
{
    /// <summary>The TempData key of the e-mail address a MitID Erhverv login was matched by.</summary>
    private const string EmailKey = "RefusedEmail";

    [FromQuery(Name = "aarsag")]
    public string? Reason { get; set; }

    [FromQuery(Name = "kommune")]
    public string? Municipalities { get; set; }

    [FromQuery(Name = "cvr")]
    public string? Cvr { get; set; }

    /// <summary>Only digits, commas and spaces are shown back: the query is not to be trusted.</summary>
    public string? SafeMunicipalities => Municipalities is { Length: > 0 and <= 100 } m && m.All(c => char.IsAsciiDigit(c) || c is ',' or ' ') ? m : null;

    /// <summary>Only eight digits are shown back as a CVR number.</summary>
    public string? SafeCvr => Cvr is { Length: 8 } c && c.All(char.IsAsciiDigit) ? c : null;

    /// <summary>The address the refused MitID Erhverv login carried, when this browser was just refused (read once).</summary>
    public string? Email { get; private set; }

    /// <summary>Keeps the login's e-mail address for the refusal page in the protected TempData cookie, not in the page's
    /// address (which ends up in logs and browser history).</summary>
    public static void KeepEmail(HttpContext http, string? email)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (EmailShape.Plausible(email) is not { } shown)
        {
            return;
        }

        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData[EmailKey] = shown;
        tempData.Save();
    }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Email = Reason == "ikke-registreret" && TempData[EmailKey] is string email ? email : null;
    }
}
