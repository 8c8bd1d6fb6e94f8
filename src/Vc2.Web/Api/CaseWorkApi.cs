using Vc2.CaseWork.Overviews;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Placements;
using Vc2.Web.Auth;
using Vc2.CaseWork.WorkList;

namespace Vc2.Web.Api;

/// <summary>
/// The case work under <c>/api/v1</c>: the same use cases as the pages, so validation (400 with Danish messages per
/// field), tenancy (404 for another job centre's records) and audit are the same. Writes take JSON; the login cookie is
/// SameSite=Lax, so another site cannot make a browser send it with a cross-site POST.
/// </summary>
public static class CaseWorkApi
{
    public static void MapCaseWorkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.CitizenData);

        var citizens = api.MapGroup("/citizens").WithTags("Borgere");
        citizens.MapPost("/", async (RegisterCitizen.Input input, RegisterCitizen slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(input, ct))).WithName("RegisterCitizen").WithSummary("Indskriv en borger");
        citizens.MapPut("/{id:guid}", async (Guid id, UpdateCitizen.Input input, UpdateCitizen slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("UpdateCitizen").WithSummary("Ret en borger (med version)");
        citizens.MapGet("/{id:guid}/case", async (Guid id, GetCitizenCase slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, ct))).WithName("GetCitizenCase").WithSummary("Borgerens sag: forløb, udslusning, resultater og tidslinje");
        citizens.MapPost("/{id:guid}/exit-strategies", async (Guid id, ReviseExitStrategy.Input input, ReviseExitStrategy slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("ReviseExitStrategy").WithSummary("Ny udgave af udslusningsstrategien");
        citizens.MapPost("/{id:guid}/placements", async (Guid id, StartPlacement.Input input, StartPlacement slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("StartPlacement").WithSummary("Start et forløb på en virksomhed");
        citizens.MapPost("/{id:guid}/outcomes", async (Guid id, RegisterOutcome.Input input, RegisterOutcome slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("RegisterOutcome").WithSummary("Registrér job, fleksjob eller uddannelse");

        var companies = api.MapGroup("/companies").WithTags("Virksomheder");
        companies.MapPost("/", async (SaveCompany.Input input, SaveCompany slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(null, input, ct))).WithName("CreateCompany").WithSummary("Opret en virksomhed");
        companies.MapPut("/{id:guid}", async (Guid id, SaveCompany.Input input, SaveCompany slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("UpdateCompany").WithSummary("Ret en virksomhed (med version)");
        companies.MapPost("/{id:guid}/contracts", async (Guid id, AddContract.Input input, AddContract slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("AddContract").WithSummary("Ny rammeaftale");
        companies.MapPost("/{id:guid}/mentors", async (Guid id, AddMentor.Input input, AddMentor slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("AddMentor").WithSummary("Ny virksomhedsmentor");

        var placements = api.MapGroup("/placements").WithTags("Forløb");
        placements.MapGet("/{id:guid}", async (Guid id, GetPlacement slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, ct))).WithName("GetPlacement").WithSummary("Et forløb med mentorer, aftaler, opfølgning og forløbsstatus");
        placements.MapPost("/{id:guid}/end", async (Guid id, EndPlacement.Input input, EndPlacement slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("EndPlacement").WithSummary("Afslut eller afbryd et forløb");
        placements.MapPost("/{id:guid}/mentor", async (Guid id, ChangeMentor.Input input, ChangeMentor slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("ChangeMentor").WithSummary("Skift mentor fra en dato");
        placements.MapPost("/{id:guid}/agreements", async (Guid id, SaveAgreement.Input input, SaveAgreement slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("SaveAgreement").WithSummary("Ny version af arbejdsaftalen");
        placements.MapPost("/{id:guid}/follow-ups", async (Guid id, RecordFollowUp.Input input, RecordFollowUp slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("RecordFollowUp").WithSummary("Registrér en opfølgning");

        var agreements = api.MapGroup("/agreements").WithTags("Arbejdsaftaler");
        agreements.MapGet("/{id:guid}", async (Guid id, GetAgreement slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, ct))).WithName("GetAgreement").WithSummary("En version af en arbejdsaftale");
        agreements.MapPost("/{id:guid}/acceptances", async (Guid id, AcceptAgreement.Input input, AcceptAgreement slice, CancellationToken ct) =>
            ApiResults.From(await slice.RunAsync(id, input, ct))).WithName("AcceptAgreement").WithSummary("Registrér en parts accept");

        api.MapGet("/work-list", async (bool? all, MyCitizens slice, CancellationToken ct) => TypedResults.Ok(await slice.RunAsync(all ?? false, ct)))
            .WithTags("Arbejdsliste").WithName("GetWorkList").WithSummary("Mine borgere og hvad der kræver handling");
    }
}
