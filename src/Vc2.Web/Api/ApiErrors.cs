using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Vc2.Web.Api;

/// <summary>
/// What the API answers when a request cannot be read (ADR 0017): every binding failure — broken JSON, a wrong type, a
/// number out of range, an enum value that is not a defined name, an unreadable query value — is 400 ProblemDetails
/// with a Danish message per field, in every environment (minimal APIs throw <see cref="BadHttpRequestException"/>
/// because <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on). A save that loses a race on a unique value (two
/// registrations of the same CPR number at once) is 409. Anything else is left to the normal error handling.
/// </summary>
internal sealed partial class ApiErrors : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || httpContext.Response.HasStarted)
        {
            return false;
        }

        IResult? answer = exception switch
        {
            BadHttpRequestException bad => Results.ValidationProblem(Describe(bad), title: "Forespørgslen kan ikke læses.", statusCode: bad.StatusCode is 413 or 415 ? bad.StatusCode : 400),
            _ when Vc2.Platform.Data.UniqueViolation.Is(exception) => Results.Problem(
                title: "Konflikt", detail: "En anden har netop gemt det samme (fx den samme borger). Intet er gemt; hent oplysningerne igen.", statusCode: 409),
            _ => null,
        };
        if (answer is null)
        {
            return false;
        }

        await answer.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The field and a Danish message for a request that could not be bound.</summary>
    internal static Dictionary<string, string[]> Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var field = Field(json.Path);
            return new() { [field] = [JsonMessage(json)] };
        }

        var message = bad.Message;
        if (BindFailure().Match(message) is { Success: true } failed)
        {
            return new() { [failed.Groups["name"].Value] = [$"Værdien '{Shorten(failed.Groups["value"].Value)}' kan ikke læses som {TypeText(failed.Groups["type"].Value)}."] };
        }

        if (RequiredMissing().Match(message) is { Success: true } missing)
        {
            return new() { [missing.Groups["name"].Value] = ["Skal angives."] };
        }

        if (message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return new() { ["body"] = ["Forespørgslen skal have en JSON-krop (Content-Type: application/json)."] };
        }

        return new() { ["request"] = ["Forespørgslen kan ikke læses."] };
    }

    private static string Field(string? path)
    {
        var field = (path ?? "$").TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    private static string JsonMessage(JsonException json)
    {
        if (json.InnerException is not null && json.InnerException.GetType().Name.Contains("JsonReader", StringComparison.Ordinal) || json.Path is null)
        {
            return $"JSON'en kan ikke læses (linje {(json.LineNumber ?? 0) + 1}, tegn {(json.BytePositionInLine ?? 0) + 1}).";
        }

        if (ConvertTo().Match(json.Message) is { Success: true } convert)
        {
            var type = convert.Groups["type"].Value.TrimEnd('.');
            return $"Værdien kan ikke læses som {TypeText(type)}.";
        }

        if (json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "Feltet kendes ikke. Se API-dokumentationen for de felter, der kan sendes.";
        }

        return "Værdien kan ikke læses.";
    }

    /// <summary>What a value should have been, in Danish; for an enum the names it may take.</summary>
    private static string TypeText(string clrType)
    {
        var name = clrType.Replace("System.Nullable`1[", "", StringComparison.Ordinal).TrimEnd(']');
        name = name.Split(',')[0].Trim().TrimStart('[');
        var simple = name[(name.LastIndexOf('.') + 1)..];
        switch (simple)
        {
            case "Int32" or "Int64" or "Int16" or "int" or "long":
                return "et helt tal (inden for det tilladte område)";
            case "Decimal" or "Double" or "Single" or "decimal":
                return "et tal (med punktum som decimaltegn)";
            case "DateOnly":
                return "en dato på formen ÅÅÅÅ-MM-DD";
            case "DateTime" or "DateTimeOffset":
                return "et tidspunkt (ISO 8601)";
            case "Guid":
                return "et id (GUID)";
            case "Boolean" or "bool":
                return "true eller false";
            case "String" or "string":
                return "tekst";
        }

        var type = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Vc2", StringComparison.Ordinal) == true)
            .Select(a => a.GetType(name, throwOnError: false))
            .FirstOrDefault(t => t is not null);
        return type is { IsEnum: true }
            ? $"en af værdierne {string.Join(", ", Enum.GetNames(type))} (som tekst; tal kan ikke bruges)"
            : "den forventede type";
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("Required parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" was not provided", RegexOptions.Singleline)]
    private static partial Regex RequiredMissing();

    [GeneratedRegex("could not be converted to (?<type>\\S+)", RegexOptions.Singleline)]
    private static partial Regex ConvertTo();
}
