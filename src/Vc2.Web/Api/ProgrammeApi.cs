using Vc2.Platform.JobCentres;
using Vc2.Platform.Users;
using Vc2.Steering.Programme;
using Vc2.Web.Auth;

namespace Vc2.Web.Api;

/// <summary>The programme's set-up under <c>/api/v1/programme</c> and <c>/api/v1/job-centres</c> (the agency), and the
/// staff list under <c>/api/v1/staff</c>: the same use cases as <c>/program</c> and <c>/personale</c>.</summary>
public static class ProgrammeApi
{
    public sealed record JobCentreSetup(JobCentre JobCentre, IReadOnlyList<JobCentreCommitment> Commitments, decimal Frame, bool HasData);

    public static void MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        var programme = app.MapGroup("/api/v1").WithTags("Program").RequireAuthorization(Policies.Agency);
        programme.MapGet("/programme", async (GetProgramme slice, CancellationToken ct) => ApiResults.From(await slice.RunAsync(ct)))
            .WithName("GetProgramme").WithSummary("Programmet: periode, regelsæt og jobcentre med tilsagn og ramme");
        programme.MapPost("/job-centres", async (SaveJobCentre.NewInput input, SaveJobCentre slice, CancellationToken ct) => ApiResults.From(await slice.CreateAsync(input, ct)))
            .WithName("CreateJobCentre").WithSummary("Opret et jobcenter med dets første tilsagn");
        programme.MapGet("/job-centres/{id:guid}", async (Guid id, GetJobCentreSetup slice, CancellationToken ct) => ApiResults.From(await slice.RunAsync(id, ct) switch
            {
                Vc2.Platform.Common.Result<GetJobCentreSetup.Output>.Ok ok => new JobCentreSetup(ok.Value.JobCentre, ok.Value.Commitments,
                    ok.Value.JobCentre.ExpectedParticipants * ok.Value.FramePerParticipant, ok.Value.HasData),
                _ => Vc2.Platform.Common.Result<JobCentreSetup>.Missing(),
            }))
            .WithName("GetJobCentreSetup").WithSummary("Et jobcenters stamdata og tilsagnets versioner");
        programme.MapPut("/job-centres/{id:guid}", async (Guid id, SaveJobCentre.EditInput input, SaveJobCentre slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, input, ct)))
            .WithName("UpdateJobCentre").WithSummary("Ret et jobcenters stamdata (med version)");
        programme.MapPost("/job-centres/{id:guid}/commitments", async (Guid id, CommitJobCentre.Input input, CommitJobCentre slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, input, ct)))
            .WithName("CommitJobCentre").WithSummary("Registrér en ny version af jobcentrets tilsagn");
        programme.MapPost("/job-centres/{id:guid}/closing", async (Guid id, CloseJobCentre.Input input, CloseJobCentre slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, input, ct)))
            .WithName("CloseJobCentre").WithSummary("Luk jobcentret (data bevares)");

        app.MapGet("/api/v1/staff", async (ListStaff slice, CancellationToken ct) => TypedResults.Ok(await slice.RunAsync(ct)))
            .WithTags("Personale").RequireAuthorization(Policies.Staff).WithName("ListStaff").WithSummary("Medarbejdere og roller pr. jobcenter");
    }
}
