using Vc2.CaseWork.AccessLog;
using Vc2.CaseWork.Overviews;
using Vc2.Platform.Audit;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.Steering.Overview;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Api;

/// <summary>The <c>/api/v1</c> endpoints. Each calls the same use case as the page beside it, so validation, tenancy and
/// audit are the same.</summary>
public static class Vc2Api
{
    public static void MapVc2Api(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");

        api.MapGet("/me", (CurrentUser user) => TypedResults.Ok(new MeDto(
                user.UserId, user.DisplayName, user.Roles.Select(RoleNames.ClaimValue).ToList(), user.CitizenJobCentreIds)))
            .WithName("GetMe").WithSummary("Den indloggede bruger og dennes roller");

        MapCitizens(api);
        MapCompanies(api);

        api.MapGet("/job-centres/overview", async (NationalOverview slice, CancellationToken ct) =>
                TypedResults.Ok(await slice.RunAsync(ct)))
            .RequireAuthorization(Policies.National).WithTags("Styrelsen")
            .WithName("GetNationalOverview").WithSummary("Alle jobcentre side om side (kun antal)");

        MapGrants(api);

        MapAudit(api);
    }

    private static void MapCitizens(RouteGroupBuilder api)
    {
        var citizens = api.MapGroup("/citizens").RequireAuthorization(Policies.CitizenData).WithTags("Borgere");
        citizens.MapGet("/", async (ListCitizens slice, string? query, int? page, CancellationToken ct) =>
                TypedResults.Ok(await slice.RunAsync(new ListCitizens.Input(query, page ?? 1), ct)))
            .WithName("ListCitizens").WithSummary("Borgere i brugerens jobcentre; søgning på navn. Et CPR-nummer i adressen afvises med 400: brug SearchCitizens");
        // A CPR number travels in the body, never in the address (ADR 0018).
        citizens.MapPost("/search", async (CitizenSearch body, ListCitizens slice, CancellationToken ct) =>
                TypedResults.Ok(await slice.RunAsync(new ListCitizens.Input(body.Query, body.Page ?? 1), ct)))
            .WithName("SearchCitizens").WithSummary("Søg på navn eller CPR-nummer (i body'en, ikke i adressen; en CPR-søgning logges pr. borger fundet)");
        citizens.MapGet("/{id:guid}", async (Guid id, GetCitizen slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, ct)))
            .WithName("GetCitizen").WithSummary("Én borger (læsningen logges)");
        citizens.MapGet("/{id:guid}/access-log", async (Guid id, CitizenAccessLog slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, ct: ct), entries => entries.Select(e => new AccessLogEntry(e.AtUtc, e.UserName,
                    AuditAction.Danish(e.Action), Vc2.Web.Pages.Audit.AuditSources.Danish(e.Source), e.Detail, e.Action, e.Source)).ToList()))
            .WithName("GetCitizenAccessLog").WithSummary("Hvem har set eller ændret borgerens oplysninger");
    }

    private static void MapCompanies(RouteGroupBuilder api)
    {
        var companies = api.MapGroup("/companies").RequireAuthorization(Policies.CitizenData).WithTags("Virksomheder");
        companies.MapGet("/", async (ListCompanies slice, string? query, CancellationToken ct) =>
                TypedResults.Ok(await slice.RunAsync(query, ct)))
            .WithName("ListCompanies").WithSummary("Virksomheder i brugerens jobcentre");
        companies.MapGet("/{id:guid}", async (Guid id, GetCompany slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, ct)))
            .WithName("GetCompany").WithSummary("Én virksomhed");
    }

    /// <summary>The statement and its exports, rate limited as expensive.</summary>
    private static void MapGrants(RouteGroupBuilder api)
    {
        var grants = api.MapGroup("/grants").RequireAuthorization(Policies.Grants).RequireRateLimiting(Startup.RateLimits.Expensive).WithTags("Tilskud");
        grants.MapGet("/statement", async (DateOnly? asOf, Vc2.Money.Grants.ComputeStatement slice, CancellationToken ct) =>
                TypedResults.Json((await slice.RunAsync(asOf, ct: ct)).Statement, Vc2.Rules.Json.ScenarioJson.Options))
            .WithName("GetStatement").WithSummary("Tilskudsopgørelsen pr. en dato, med forklaring pr. beløb");
        grants.MapGet("/statement.csv", async (DateOnly? asOf, Vc2.Money.Grants.ComputeStatement slice, CancellationToken ct) =>
            {
                var data = await slice.RunAsync(asOf, exportFormat: "CSV", ct: ct);
                return TypedResults.File(Vc2.Money.Grants.ExportStatement.Csv(data), Vc2.Money.Grants.ExportStatement.CsvContentType, Vc2.Money.Grants.ExportStatement.FileName(data, "csv"));
            })
            .Produces<Stream>(StatusCodes.Status200OK, Vc2.Money.Grants.ExportStatement.CsvContentType)
            .WithName("GetStatementCsv").WithSummary("Opgørelsen som CSV (semikolon, dansk decimalkomma)");
        grants.MapGet("/statement.xlsx", async (DateOnly? asOf, Vc2.Money.Grants.ComputeStatement slice, CancellationToken ct) =>
            {
                var data = await slice.RunAsync(asOf, exportFormat: "regneark", ct: ct);
                return TypedResults.File(Vc2.Money.Grants.ExportStatement.Xlsx(data), Vc2.Platform.Exports.XlsxExport.ContentType, Vc2.Money.Grants.ExportStatement.FileName(data, "xlsx"));
            })
            .Produces<Stream>(StatusCodes.Status200OK, Vc2.Platform.Exports.XlsxExport.ContentType)
            .WithName("GetStatementXlsx").WithSummary("Opgørelsen som regneark (XLSX)");
        grants.MapGet("/scenario", async (DateOnly? asOf, Vc2.Money.Grants.ComputeStatement slice, CancellationToken ct) =>
                TypedResults.Json((await slice.RunAsync(asOf, exportFormat: "scenarie, JSON", ct: ct)).Scenario, Vc2.Rules.Json.ScenarioJson.Options))
            .WithName("GetScenario").WithSummary("Opgørelsens input i scenarieformatet (vc2 settle)");
        grants.MapGet("/citizens/{id:guid}", async (Guid id, DateOnly? asOf, Vc2.Money.Grants.GetCitizenStatement slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, asOf, ct)))
            .WithName("GetCitizenStatement").WithSummary("Én borgers del af opgørelsen med forklaringslinjer");
    }

    private static void MapAudit(RouteGroupBuilder api)
    {
        api.MapGet("/audit", async ([AsParameters] AuditQuery q, SearchAudit slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(new SearchAudit.Input
                {
                    UserName = q.UserName, Action = q.Action, CitizenId = q.CitizenId, From = q.From, To = q.To, Page = q.Page ?? 1,
                }, ct)))
            .RequireAuthorization(Policies.ProjectLeader).WithTags("Adgangslog")
            .WithName("SearchAudit").WithSummary("Søg i adgangsloggen for projektlederens jobcenter");
    }

    /// <param name="What">What was done, in Danish ("Så oplysninger").</param>
    /// <param name="Where">What was seen or changed, in Danish ("Borgerens sag"); <paramref name="Source"/> is the route.</param>
    public sealed record AccessLogEntry(DateTime AtUtc, string UserName, string What, string Where, string? Detail, string Action, string Source);

    public sealed record CitizenSearch(string? Query, int? Page);

    public sealed record MeDto(Guid? Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<Guid> JobCentres);

    public sealed record AuditQuery(string? UserName, string? Action, Guid? CitizenId, DateOnly? From, DateOnly? To, int? Page);
}
