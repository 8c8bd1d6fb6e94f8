using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// The caseworker answers the instrument in VC2 — as the caseworker, or typing in what the citizen or the mentor
/// answered on paper or by phone (the measurement then is the citizen's or the mentor's, entered by the caseworker).
/// </summary>
public sealed class RecordMeasurement(Vc2Db db, IReadOnlyList<Instrument> instruments, ProgressOptions options, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv datoen for målingen.")]
        public DateOnly? AnsweredOn { get; init; }

        [Required(ErrorMessage = "Vælg hvem svarene er fra.")]
        public Respondent? Respondent { get; init; } = CaseWork.Progress.Respondent.Caseworker;

        public AnswerInput Answers { get; init; } = new();
    }

    /// <summary>The name for the form's heading; null when the citizen is not the user's to see.</summary>
    public Task<string?> CitizenNameAsync(Guid citizenId, CancellationToken ct = default) =>
        db.Citizens.Where(c => c.Id == citizenId).Select(c => c.FirstName + " " + c.LastName).SingleOrDefaultAsync(ct);

    public async Task<Result<Guid>> RunAsync(Guid citizenId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        var today = Today.In(clock);
        if (input.AnsweredOn > today)
        {
            errors.Add(nameof(Input.AnsweredOn), "En måling kan ikke ligge i fremtiden.");
        }

        Guid? mentorId = null;
        if (input.Respondent == CaseWork.Progress.Respondent.Mentor && input.AnsweredOn is { } day)
        {
            // The mentor's answers are about the placement they support on that day.
            mentorId = await (from p in db.Placements
                              where p.CitizenId == citizenId && p.Start <= day && (p.ActualEnd == null || p.ActualEnd >= day)
                              from m in p.Mentors
                              where m.From <= day && (m.To == null || m.To >= day)
                              select (Guid?)m.MentorId).FirstOrDefaultAsync(ct);
            if (mentorId is null)
            {
                errors.Add(nameof(Input.Respondent), "Borgeren havde ingen virksomhedsmentor på datoen, så der kan ikke registreres mentorsvar.");
            }
        }

        var result = await MeasurementWriter.AddAsync(db, instruments[^1], options, clock,
            new MeasurementWriter.NewAnswer(citizen.JobCentreId, citizen.Id, input.Respondent ?? CaseWork.Progress.Respondent.Caseworker, mentorId, null,
                input.AnsweredOn ?? today, input.Answers, AnswerChannel.Caseworker, db.CurrentUser.DisplayName), errors, "Answers.", ct);
        if (result is not Result<Measurement>.Ok ok)
        {
            return new Result<Guid>.Invalid(((Result<Measurement>.Invalid)result).Errors);
        }

        await db.SaveChangesAsync(ct);
        return ok.Value.Id;
    }
}
