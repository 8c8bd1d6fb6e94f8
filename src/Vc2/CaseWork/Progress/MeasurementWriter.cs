using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// The one place a measurement is made, for the three ways of answering (caseworker in VC2, logged in, personal
/// link): the answers are checked against the instrument, the kind is read from the schedule, and an audit event is
/// added. The caller has already decided that the answer may be given, and saves.
/// </summary>
public static class MeasurementWriter
{
    public sealed record NewAnswer(Guid JobCentreId, Guid CitizenId, Respondent Respondent, Guid? MentorId, Guid? PlacementId, DateOnly On,
        AnswerInput Input, AnswerChannel Channel, string By, Guid? RequestId = null);

    /// <summary>Adds the measurement, or answers every problem: those the caller found (<paramref name="errors"/>) and
    /// those with the answers, whose fields sit at <paramref name="prefix"/> in the form.</summary>
    public static async Task<Result<Measurement>> AddAsync(Vc2Db db, Instrument instrument, ProgressOptions options, TimeProvider clock, NewAnswer answer,
        Errors errors, string prefix, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(errors);
        answer.Input.Check(instrument, answer.Respondent, errors, prefix);

        // The citizen was authorised by the caller (tenancy, own login, or a valid link).
        var (earlier, placements) = await AnswerReads.HistoryAsync(db, answer.CitizenId, answer.Respondent, ct);
        if (earlier.Contains(answer.On))
        {
            errors.Add("AnsweredOn", $"Der er allerede en måling fra {RespondentNames.Danish(answer.Respondent).ToLowerInvariant()} den {DanishDates.Text(answer.On)}.");
        }

        if (errors.Any)
        {
            return errors.As<Measurement>();
        }

        var today = Today.In(clock);
        var own = CitizenSchedules.Started(placements.Select(p => (answer.CitizenId, p.Start, p.End)), answer.On > today ? answer.On : today)
            .GetValueOrDefault(answer.CitizenId) ?? [];
        var placementId = answer.PlacementId ?? placements.Where(p => p.Start <= answer.On).OrderByDescending(p => p.Start).Select(p => (Guid?)p.Id).FirstOrDefault();
        var dimensions = instrument.For(answer.Respondent).Select(d => d.Key).ToHashSet();
        var measurement = new Measurement
        {
            JobCentreId = answer.JobCentreId,
            CitizenId = answer.CitizenId,
            PlacementId = placementId,
            Respondent = answer.Respondent,
            MentorId = answer.MentorId,
            Kind = CitizenSchedules.KindOf(own, earlier, answer.On, today, options),
            AnsweredOn = answer.On,
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            HoursPerWeek = answer.Input.HoursPerWeek,
            Channel = answer.Channel,
            RequestId = answer.RequestId,
            AnsweredBy = answer.By,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Scores = answer.Input.Scores.Where(s => dimensions.Contains(s.Key))
                .Select(s => new MeasurementScore { DimensionKey = s.Key, Score = s.Value!.Value }).ToList(),
        };
        db.Measurements.Add(measurement);
        AuditLog.Add(db, clock, AuditAction.Create, answer.JobCentreId, answer.CitizenId,
            $"Progressionsmåling ({MeasurementNames.Danish(measurement.Kind).ToLowerInvariant()}) fra {RespondentNames.Danish(answer.Respondent).ToLowerInvariant()}, {ChannelText(answer.Channel)}");
        return measurement;
    }

    private static string ChannelText(AnswerChannel channel) => channel switch
    {
        AnswerChannel.Caseworker => "indtastet af sagsbehandler",
        AnswerChannel.LoggedIn => "besvaret logget ind",
        AnswerChannel.Link => "besvaret via personligt link",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
