using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.CaseWork.Progress;

namespace Vc2.Web.Pages.Progress;

/// <summary>The personal link: the mentor or the citizen answers without logging in. Anonymous by convention
/// (Program.cs); the token in the address is the key.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Vc2.Web.Startup.RateLimits.Anonymous)]
public sealed class AnswerModel(AnswerByLink answer) : ResultPage
{
    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    /// <summary>Whom the form was shown to; checked against the request when the answer comes.</summary>
    [BindProperty]
    public Respondent AnsweringAs { get; set; }

    public AnswerForm? Form { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await answer.OpenAsync(token, ct) is not Result<AnswerForm>.Ok open)
        {
            return NotFound();
        }

        Form = open.Value;
        Refusal = Form.Refusal;
        AnsweringAs = Form.Respondent;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!BindingMessages.HasUnreadable(ModelState))
        {
            var result = await answer.RunAsync(token, AnsweringAs, Input, ct);
            if (result is Result<Guid>.Conflict conflict)
            {
                Refusal = conflict.Message;
                return Page();
            }

            if (Handle(result, _ => RedirectToPage("/Progress/Thanks")) is { } done)
            {
                return done;
            }
        }

        if (await answer.OpenAsync(token, ct) is not Result<AnswerForm>.Ok open)
        {
            return NotFound();
        }

        Form = open.Value;
        if (BindingMessages.HasUnreadable(ModelState))
        {
            ReportTheRest(errors => Input.Check(Form.Instrument, Form.Respondent, errors));
        }

        return Page();
    }
}
