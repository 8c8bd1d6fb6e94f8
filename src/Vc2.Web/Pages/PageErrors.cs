using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Vc2.Web.Pages;

internal static class PageErrors
{
    /// <summary>Copies a use case's field errors into ModelState under the bound property's prefix, keeping the values
    /// the user typed.</summary>
    public static void Copy(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string prefix)
    {
        foreach (var (field, messages) in errors)
        {
            var key = string.IsNullOrEmpty(field) ? string.Empty : $"{prefix}.{field}";
            var present = modelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToHashSet() : [];
            foreach (var message in messages.Where(m => !present.Contains(m)))
            {
                // MVC may have found the same DataAnnotations error while binding; show it once.
                modelState.AddModelError(key, message);
            }
        }
    }
}
