using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.CaseWork.Progress;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Progress;

/// <summary>The mentor or the citizen answers a request logged in.</summary>
[Authorize(Policy = Policies.Respondent)]
public sealed class MineAnswerModel(MyMeasurements mine) : ResultPage
{
    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    public AnswerForm? Form { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await mine.OpenAsync(id, ct) is not Result<AnswerForm>.Ok open)
        {
            return NotFound();
        }

        Form = open.Value;
        Refusal = Form.Refusal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!BindingMessages.HasUnreadable(ModelState))
        {
            var result = await mine.AnswerAsync(id, Input, ct);
            if (result is Result<Guid>.Conflict conflict)
            {
                Refusal = conflict.Message;
                return Page();
            }

            if (Handle(result, _ => RedirectToPage("/Progress/Mine"), "Tak for dine svar. De er gemt og sendt til jobcentret.") is { } done)
            {
                return done;
            }
        }

        if (await mine.OpenAsync(id, ct) is not Result<AnswerForm>.Ok open)
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
