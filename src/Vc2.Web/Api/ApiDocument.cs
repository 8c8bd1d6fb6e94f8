using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Vc2.Web.Api;

/// <summary>
/// The OpenAPI document as a client generator needs it (ADR 0018): one schema name per type (the use case's name and
/// the record's, <c>RegisterCitizenInput</c>, not 17 bodies called <c>Input</c>), enums as their names, the login cookie
/// as the security scheme, every error answer as ProblemDetails, and the file downloads with their content types.
/// </summary>
internal static class ApiDocument
{
    public const string CookieScheme = "vc2.login";

    public static void Configure(OpenApiOptions o)
    {
        var names = new ConcurrentDictionary<string, Type>();
        o.CreateSchemaReferenceId = info => SchemaName(info.Type, OpenApiOptions.CreateDefaultSchemaReferenceId(info), names);
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "VC2 API";
            doc.Info.Description = "Virksomhedscenter generation 2. Samme adgangsregler som web-siderne: log ind, og du ser kun dit eget jobcenters data. "
                + "Fejl svares som ProblemDetails (RFC 9457) med danske beskeder; 400 har en besked pr. felt.";
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            // The API takes the login cookie only (no bearer tokens): a client logs in through /log-ind — the job
            // centre's OpenID Connect provider in production — and sends the cookie it gets back.
            doc.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = CookieScheme,
                Description = "Login-cookien fra /log-ind (OpenID Connect hos identitetsudbyderen; demo-login kun i demo). "
                    + "Cookien er HttpOnly og SameSite=Lax.",
            };
            return Task.CompletedTask;
        });
        o.AddSchemaTransformer(EnumsAndDecimals);
        o.AddOperationTransformer(ErrorsAndSecurity);
    }

    /// <summary>A nested record is named with the type around it (<c>SaveCompany.Input</c> → <c>SaveCompanyInput</c>),
    /// except the API's own records (<c>PaymentsApi.Payment</c> → <c>Payment</c>). A name already taken by another type
    /// gets the namespace in front, so no two types ever share a schema.</summary>
    internal static string? SchemaName(Type type, string? fallback, ConcurrentDictionary<string, Type> names)
    {
        if (fallback is null)
        {
            return null;
        }

        // A nullable enum is the enum's schema, made nullable where it is used.
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = type is { IsNested: true, IsGenericType: false, DeclaringType: { } outer } && !outer.Name.EndsWith("Api", StringComparison.Ordinal)
            ? outer.Name + type.Name
            : fallback;
        if (names.GetOrAdd(name, type) == type)
        {
            return name;
        }

        var qualified = type.FullName!.Replace(".", "", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal);
        names.TryAdd(qualified, type);
        return qualified;
    }

    /// <summary>Enums go by name (<see cref="StrictEnums"/>): the document says so, with the names a client may send.
    /// Amounts are decimals.</summary>
    private static Task EnumsAndDecimals(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n))];
        }
        else if (type == typeof(decimal))
        {
            // Money is exact: "decimal" makes generators use a decimal type, not a double.
            schema.Format = "decimal";
        }

        return Task.CompletedTask;
    }

    /// <summary>Every error an operation can answer, as ProblemDetails: 400 (a message per field) when it reads input,
    /// 401 and 403 when it needs a login, 404 when it names a record, 409 on writes (a newer version, a lost race),
    /// 429 when rate limited. The login cookie as the operation's security requirement.</summary>
    private static async Task ErrorsAndSecurity(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        if (description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var problem = await ComponentAsync(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), "ProblemDetails", context, ct);
        var validation = await ComponentAsync(typeof(HttpValidationProblemDetails), "HttpValidationProblemDetails", context, ct);
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var needsLogin = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var writes = description.HttpMethod is "POST" or "PUT" or "DELETE";
        var readsInput = description.ParameterDescriptions.Count > 0;

        operation.Responses ??= [];
        foreach (var code in operation.Responses.Keys.Where(k => k.StartsWith('4')).ToList())
        {
            operation.Responses.Remove(code);
        }

        if (readsInput)
        {
            operation.Responses["400"] = Response("Forespørgslen kan ikke læses, eller oplysningerne er ikke gyldige (en dansk besked pr. felt).", validation);
        }

        if (needsLogin)
        {
            operation.Responses["401"] = Response("Ikke logget ind.", problem);
            operation.Responses["403"] = Response("Rollen giver ikke adgang.", problem);
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] }];
        }

        if (description.RelativePath.Contains('{', StringComparison.Ordinal) || description.ParameterDescriptions.Any(p => p.Name == "jobCentreId"))
        {
            operation.Responses["404"] = Response("Findes ikke, eller hører til et andet jobcenter.", problem);
        }

        if (writes)
        {
            operation.Responses["409"] = Response("Konflikt: en anden har gemt en nyere version, eller det samme er netop gemt.", problem);
        }

        if (metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any())
        {
            operation.Responses["429"] = Response("For mange forespørgsler; prøv igen om lidt.", problem);
        }
    }

    private static async Task<IOpenApiSchema> ComponentAsync(Type type, string name, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.AddComponent(name, await context.GetOrCreateSchemaAsync(type, null, ct));
        }

        return new OpenApiSchemaReference(name, document);
    }

    private static OpenApiResponse Response(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
    };
}
