using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.Platform.Common;

namespace Vc2.Web.Pages;

/// <summary>The one way a form page answers a use case's result: Ok redirects (Post/Redirect/Get) with a message,
/// NotFound is 404, Invalid puts the Danish messages at the fields, Conflict is shown above the form. Input is kept.</summary>
public abstract class ResultPage : PageModel
{
    public string? ConflictMessage { get; protected set; }

    /// <summary>Runs the use case and handles its result — unless a field held input that could not be read (letters in a
    /// number field): MVC leaves such a field empty, so the use case would save without it. Then nothing runs and the
    /// page shows the binder's message at the field (null, like an invalid result).</summary>
    protected async Task<IActionResult?> RunAsync<T>(Func<Task<Result<T>>> run, Func<T, IActionResult> onOk, string? savedMessage = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        return BindingMessages.HasUnreadable(ModelState) ? null : Handle(await run(), onOk, savedMessage);
    }

    /// <summary>A page with several forms binds every form's properties on every post, and MVC validates them all; this
    /// forgets what it found outside the posted form's <paramref name="prefix"/>, so only that form's errors show.</summary>
    protected void KeepErrorsOf(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k != prefix).ToList())
        {
            ModelState.Remove(key);
        }
    }

    protected IActionResult? Handle<T>(Result<T> result, Func<T, IActionResult> onOk, string? savedMessage = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onOk);
        switch (result)
        {
            case Result<T>.Ok ok:
                if (savedMessage is not null)
                {
                    TempData["Saved"] = savedMessage;
                }

                return onOk(ok.Value);
            case Result<T>.NotFound:
                return NotFound();
            case Result<T>.Invalid invalid:
                PageErrors.Copy(ModelState, invalid.Errors, "Input");
                return null;
            case Result<T>.Conflict conflict:
                ConflictMessage = conflict.Message;
                return null;
            default:
                throw new InvalidOperationException("Unknown result.");
        }
    }
}
