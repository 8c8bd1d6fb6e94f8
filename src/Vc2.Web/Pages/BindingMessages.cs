using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Vc2.Web.Pages;

/// <summary>
/// Danish messages for input MVC cannot read (letters in a number field, a broken date). Such a field is left empty by
/// the binder, so a page must not run its use case as if the user had left it blank: <see cref="HasUnreadable"/> tells.
/// </summary>
public static class BindingMessages
{
    private const string Marker = "kan ikke læses";

    public static void UseDanish(DefaultModelBindingMessageProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => $"»{value}« {Marker}. Skriv et tal eller en dato som vist i feltets hjælpetekst.");
        provider.SetUnknownValueIsInvalidAccessor(_ => $"Værdien {Marker}.");
        provider.SetValueIsInvalidAccessor(value => $"»{value}« {Marker}.");
        provider.SetValueMustBeANumberAccessor(_ => $"Værdien {Marker} som et tal.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"»{value}« {Marker}.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => $"Værdien {Marker}.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => $"Værdien {Marker} som et tal.");
        provider.SetMissingBindRequiredValueAccessor(_ => "Feltet skal udfyldes.");
        provider.SetMissingKeyOrValueAccessor(() => "Feltet skal udfyldes.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "Formularen var tom.");
        provider.SetValueMustNotBeNullAccessor(_ => "Feltet skal udfyldes.");
    }

    /// <summary>Whether any field held input that could not be read.</summary>
    public static bool HasUnreadable(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.Values.Any(v => v.Errors.Any(e => e.Exception is not null || e.ErrorMessage.Contains(Marker, StringComparison.Ordinal)));
    }
}
