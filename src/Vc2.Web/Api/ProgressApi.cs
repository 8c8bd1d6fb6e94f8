using Vc2.Platform.Common;
using Vc2.CaseWork.Progress;
using Vc2.Web.Auth;

namespace Vc2.Web.Api;

/// <summary>Progress measurement under <c>/api/v1</c>: the same use cases as the pages (tenancy, validation, audit).</summary>
public static class ProgressApi
{
    /// <summary>A citizen's progress without the instrument's wording (the instrument is named by id and version).</summary>
    public sealed record CitizenProgress(Guid CitizenId, string InstrumentId, int InstrumentVersion, IReadOnlyList<GetCitizenProgress.MeasurementView> Measurements,
        IReadOnlyList<GetCitizenProgress.DueView> Schedule, IReadOnlyList<GetCitizenProgress.RequestView> Requests, IReadOnlyList<Disagreement> Disagreements);

    public sealed record JobCentreProgress(Guid JobCentreId, string JobCentreName, DateOnly Today, string InstrumentId, int InstrumentVersion, ProgressFigures.Figures Figures);

    public static void MapProgressApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Progression");

        api.MapGet("/citizens/{id:guid}/progress", async (Guid id, GetCitizenProgress slice, CancellationToken ct) =>
                ApiResults.From(Map(await slice.RunAsync(id, ct), p => new CitizenProgress(p.CitizenId, p.Instrument.Id, p.Instrument.Version, p.Measurements, p.Schedule,
                    p.Requests, p.Disagreements))))
            .RequireAuthorization(Policies.CitizenData).WithName("GetCitizenProgress")
            .WithSummary("Borgerens progressionsmålinger, hvad der skal besvares, anmodninger og uenigheder");
        api.MapPost("/citizens/{id:guid}/measurements", async (Guid id, RecordMeasurement.Input input, RecordMeasurement slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, input, ct)))
            .RequireAuthorization(Policies.CitizenData).WithName("RecordMeasurement")
            .WithSummary("Registrér en måling (sagsbehandlerens egne svar, eller borgerens eller mentorens indtastet af sagsbehandleren)");
        api.MapGet("/progress/job-centres/{id:guid}", async (Guid id, GetJobCentreProgress slice, CancellationToken ct) =>
                ApiResults.From(Map(await slice.RunAsync(id, ct), p => new JobCentreProgress(p.JobCentreId, p.JobCentreName, p.Today, p.Instrument.Id, p.Instrument.Version, p.Figures))))
            .RequireAuthorization(Policies.ProgressFigures).WithName("GetJobCentreProgress")
            .WithSummary("Jobcentrets nulpunktsfordeling, gennemsnitlig udvikling pr. dimension og respondent, og besvarelsesgrad");
        api.MapGet("/me/measurements", async (MyMeasurements slice, CancellationToken ct) => TypedResults.Ok(await slice.RunAsync(ct)))
            .RequireAuthorization(Policies.Respondent).WithName("MyMeasurements").WithSummary("Målinger jeg (mentor eller borger) er bedt om at besvare");
        api.MapPost("/me/measurements/{id:guid}", async (Guid id, AnswerInput input, MyMeasurements slice, CancellationToken ct) =>
                ApiResults.From(await slice.AnswerAsync(id, input, ct)))
            .RequireAuthorization(Policies.Respondent).WithName("AnswerMyMeasurement").WithSummary("Besvar en måling, jeg er bedt om");
    }

    private static Result<TOut> Map<TIn, TOut>(Result<TIn> result, Func<TIn, TOut> map) => result switch
    {
        Result<TIn>.Ok ok => map(ok.Value),
        Result<TIn>.Invalid invalid => new Result<TOut>.Invalid(invalid.Errors),
        Result<TIn>.Conflict conflict => new Result<TOut>.Conflict(conflict.Message),
        _ => Result<TOut>.Missing(),
    };
}
