using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// One citizen's progress: every measurement by the three respondents, what each still owes (due and overdue), the
/// open requests, and where the respondents disagree by the threshold or more.
/// </summary>
public sealed class GetCitizenProgress(Vc2Db db, Instruments instruments, ProgressOptions options, TimeProvider clock)
{
    public sealed record MeasurementView(Guid Id, Respondent Respondent, DateOnly AnsweredOn, MeasurementKind Kind, int InstrumentVersion,
        string AnsweredBy, AnswerChannel Channel, decimal? HoursPerWeek, IReadOnlyDictionary<string, int> Scores);

    public sealed record DueView(Respondent Respondent, MeasurementKind Kind, DateOnly DueBy, DateOnly? AnsweredOn, bool Overdue);

    public sealed record RequestView(Guid Id, Respondent Respondent, MeasurementKind Kind, DateOnly DueBy, DeliveryChannel Channel, string? SentTo,
        DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? AnsweredAtUtc);

    public sealed record Output(Guid CitizenId, string CitizenName, Instrument Instrument, IReadOnlyList<MeasurementView> Measurements,
        IReadOnlyList<DueView> Schedule, IReadOnlyList<RequestView> Requests, IReadOnlyList<Disagreement> Disagreements, int DisagreementPoints);

    public async Task<Result<Output>> RunAsync(Guid citizenId, CancellationToken ct = default)
    {
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var measurements = await db.Measurements.Include(m => m.Scores).Where(m => m.CitizenId == citizenId)
            .OrderBy(m => m.AnsweredOn).ToListAsync(ct);
        var placements = await CitizenSchedules.PlacementsAsync(db.Placements, [citizenId], today, ct);
        var answers = measurements.Select(m => new CitizenSchedules.Answered(m.CitizenId, m.Respondent, m.AnsweredOn)).ToLookup(a => a.CitizenId);
        var schedule = CitizenSchedules.For(citizenId, placements, answers, today, options)
            .Select(d => new DueView(d.Respondent, d.Due.Kind, d.Due.DueBy, d.Due.AnsweredOn, d.Due.Overdue))
            .OrderBy(d => d.DueBy).ThenBy(d => d.Respondent).ToList();
        var requests = await db.MeasurementRequests.Where(r => r.CitizenId == citizenId).OrderByDescending(r => r.CreatedAtUtc)
            .Select(r => new RequestView(r.Id, r.Respondent, r.Kind, r.DueBy, r.Channel, r.SentTo, r.CreatedAtUtc, r.ExpiresAtUtc, r.AnsweredAtUtc))
            .ToListAsync(ct);
        var disagreements = Disagreements.Find(measurements.Select(MeasurementPoint.From), options.DisagreementPoints, options.DisagreementWindowDays);

        AuditLog.Add(db, clock, AuditAction.Read, citizen.JobCentreId, citizenId, "Progressionsmålinger");
        await db.SaveChangesAsync(ct);
        return new Output(citizenId, citizen.FullName, await instruments.CurrentAsync(ct),
            measurements.Select(m => new MeasurementView(m.Id, m.Respondent, m.AnsweredOn, m.Kind, m.InstrumentVersion, m.AnsweredBy, m.Channel, m.HoursPerWeek,
                m.Scores.ToDictionary(s => s.DimensionKey, s => s.Score))).ToList(),
            schedule, requests, disagreements, options.DisagreementPoints);
    }
}
