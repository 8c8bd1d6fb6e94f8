using System.ComponentModel.DataAnnotations;

namespace Vc2.Platform.Common;

/// <summary>DataAnnotations validation outside MVC, so that the API, the CLI and the pages give the same messages.</summary>
public static class Validation
{
    public static Dictionary<string, string[]> Validate(object input)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(input);
        if (!Validator.TryValidateObject(input, context, results, validateAllProperties: true) && input is IValidatableObject crossField)
        {
            // The validator skips the cross-field rules once a field is wrong; the user should see every problem at once.
            results.AddRange(crossField.Validate(context));
        }

        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Ugyldig værdi.").Distinct().ToArray());
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
