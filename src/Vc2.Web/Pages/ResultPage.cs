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
    /// page shows the binder's message at the field (null, like an invalid result) together with every other problem
    /// the form's input has (its DataAnnotations, and <paramref name="alsoCheck"/>'s), so all are told in one round.</summary>
    protected async Task<IActionResult?> RunAsync<T>(Func<Task<Result<T>>> run, Func<T, IActionResult> onOk, string? savedMessage = null,
        Action<Errors>? alsoCheck = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!BindingMessages.HasUnreadable(ModelState))
        {
            return Handle(await run(), onOk, savedMessage);
        }

        ReportTheRest(alsoCheck);
        return null;
    }

    /// <summary>When the binder could not read a field, adds every other problem of the bound <c>Input</c> (its
    /// DataAnnotations, and <paramref name="alsoCheck"/>'s) to the page, so the user is told all of them at once.</summary>
    protected void ReportTheRest(Action<Errors>? alsoCheck = null)
    {
        var errors = GetType().GetProperty("Input")?.GetValue(this) is { } input ? Errors.For(input) : new Errors();
        alsoCheck?.Invoke(errors);
        // A field the binder could not read is reported by the binder alone (the input's "required" would be wrong there).
        var rest = errors.ByField.Where(e => !(ModelState.TryGetValue($"Input.{e.Key}", out var entry) && entry.Errors.Count > 0))
            .ToDictionary(e => e.Key, e => e.Value);
        PageErrors.Copy(ModelState, rest, "Input");
    }

    /// <summary>Where a field stands in the form, for the error summary to list the errors in the order of the fields: the
    /// position of each property of the path in its declaring type (forms follow the input's declaration order), then any
    /// list index. A key the input does not declare comes last.</summary>
    public IComparable FieldOrder(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var type = GetType().GetProperty("Input")?.PropertyType;
        var parts = key.Split('.');
        var order = new System.Text.StringBuilder();
        foreach (var part in parts.Skip(parts.Length > 0 && parts[0] == "Input" ? 1 : 0))
        {
            var name = part.Split('[')[0];
            var properties = type?.GetProperties() ?? [];
            var index = Array.FindIndex(properties, p => p.Name == name);
            order.Append((index < 0 ? 999 : index).ToString("000", System.Globalization.CultureInfo.InvariantCulture));
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0 && int.TryParse(part[(bracket + 1)..].TrimEnd(']'), out var item))
            {
                order.Append(item.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
            }

            var propertyType = index < 0 ? null : properties[index].PropertyType;
            type = propertyType is { IsGenericType: true } ? propertyType.GetGenericArguments()[^1] : propertyType;
            order.Append('.');
        }

        return order.ToString();
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
