using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Vc2.Web.TagHelpers;

/// <summary>
/// A DKFDS form field: label, optional hint, the field's error message and the input, wired together with
/// aria-describedby and aria-invalid. The value comes from ModelState first, so what the user typed is kept
/// when the form comes back with errors. Usage: <c>&lt;vc2-field for="Input.Phone" label="Telefon" type="tel" /&gt;</c>.
/// </summary>
[HtmlTargetElement("vc2-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool Optional { get; set; }

    public bool Textarea { get; set; }

    /// <summary>Options for a select; with groups, options are grouped in optgroups.</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The first, empty option of a select ("Vælg …").</summary>
    public string? Placeholder { get; set; }

    public int Rows { get; set; } = 4;

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList() ?? [];
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "form-group form-error" : "form-group");

        output.Content.AppendHtml(LabelFor(id));
        AppendHint(output, id, describedBy);
        AppendErrors(output, id, errors, describedBy);

        // A date input takes only yyyy-MM-dd; amounts are written the Danish way (8,5), which the da-DK binder reads back.
        var value = state?.AttemptedValue ?? For.Model switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            decimal amount => amount.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("da-DK")),
            var other => other?.ToString(),
        };
        var input = GenerateInput(name, value, InputAttributes(id, errors.Count > 0, describedBy));
        // Server-side validation answers in Danish; the browser's own (English) bubbles are not wanted.
        input.Attributes.Remove("data-val");
        foreach (var key in input.Attributes.Keys.Where(k => k.StartsWith("data-val-", StringComparison.Ordinal)).ToList())
        {
            input.Attributes.Remove(key);
        }

        output.Content.AppendHtml(input);
    }

    private TagBuilder LabelFor(string id)
    {
        var label = new TagBuilder("label");
        label.AddCssClass("form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (Optional)
        {
            label.InnerHtml.AppendHtml(" <span class=\"weight-normal\">(frivilligt)</span>");
        }

        return label;
    }

    private void AppendHint(TagHelperOutput output, string id, List<string> describedBy)
    {
        if (Hint is not null)
        {
            var hint = new TagBuilder("span");
            hint.AddCssClass("form-hint");
            hint.Attributes["id"] = id + "-hint";
            hint.InnerHtml.Append(Hint);
            describedBy.Add(id + "-hint");
            output.Content.AppendHtml(hint);
        }
    }

    private static void AppendErrors(TagHelperOutput output, string id, List<string> errors, List<string> describedBy)
    {
        if (errors.Count > 0)
        {
            var error = new TagBuilder("span");
            error.AddCssClass("form-error-message");
            error.Attributes["id"] = id + "-error";
            error.InnerHtml.AppendHtml("<span class=\"sr-only\">Fejl: </span>");
            error.InnerHtml.Append(string.Join(" ", errors));
            describedBy.Add(id + "-error");
            output.Content.AppendHtml(error);
        }
    }

    private Dictionary<string, object> InputAttributes(string id, bool invalid, List<string> describedBy)
    {
        var attributes = new Dictionary<string, object>
        {
            ["class"] = "form-input",
            ["id"] = id,
        };
        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (invalid)
        {
            attributes["aria-invalid"] = "true";
        }

        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (!Optional)
        {
            attributes["required"] = "required";
        }

        return attributes;
    }

    /// <summary>A select, a textarea or an input, as the field asks for.</summary>
    private TagBuilder GenerateInput(string name, string? value, Dictionary<string, object> attributes)
    {
        TagBuilder input;
        if (Items is not null)
        {
            attributes["class"] = "form-select";
            input = generator.GenerateSelect(ViewContext, For.ModelExplorer, Placeholder, name, Items, allowMultiple: false, htmlAttributes: attributes);
        }
        else if (Textarea)
        {
            input = generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, rows: Rows, columns: 0, htmlAttributes: attributes);
        }
        else
        {
            // "decimal": a text field with the numeric keyboard, since a number input would send 8.5, which da-DK reads as 85.
            attributes["type"] = Type == "decimal" ? "text" : Type;
            if (Type == "decimal")
            {
                attributes["inputmode"] = "decimal";
            }

            input = generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, value, format: null, htmlAttributes: attributes);
        }

        return input;
    }
}
