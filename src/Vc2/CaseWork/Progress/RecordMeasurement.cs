using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// The caseworker answers the instrument in VC2 — as the caseworker, or typing in what the citizen or the mentor
/// answered on paper or by phone (the measurement then is the citizen's or the mentor's, entered by the caseworker).
/// </summary>
public sealed class RecordMeasurement(Vc2Db db, Instruments instruments, ProgressOptions options, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv datoen for målingen.")]
        public DateOnly? AnsweredOn { get; init; }

        [Required(ErrorMessage = "Vælg hvem svarene er fra.")]
        public Respondent? Respondent { get; init; } = CaseWork.Progress.Respondent.Caseworker;

        public AnswerInput Answers { get; init; } = new();
    }

    public sealed record Form(Guid CitizenId, string CitizenName, Instrument Instrument);

    // The citizen the command read: a refused POST shows the form from it (FormSubject).
    private Citizen? _citizen;

    public async Task<Result<Form>> FormAsync(Guid citizenId, CancellationToken ct = default)
    {
        var citizen = _citizen ?? await FormSubject.ReadAsync(db, clock, citizenId, "Progressionsmåling", ct);
        return citizen is null ? Result<Form>.Missing() : new Form(citizen.Id, citizen.FullName, await instruments.CurrentAsync(ct));
    }

    public async Task<Result<Guid>> RunAsync(Guid citizenId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizen = _citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
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

        var result = await MeasurementWriter.AddAsync(db, await instruments.CurrentAsync(ct), options, clock,
            new MeasurementWriter.NewAnswer(citizen.JobCentreId, citizen.Id, input.Respondent ?? CaseWork.Progress.Respondent.Caseworker, mentorId, null,
                input.AnsweredOn ?? today, input.Answers ?? new AnswerInput(), AnswerChannel.Caseworker, db.CurrentUser.DisplayName), errors, "Answers.", ct);
        if (result is not Result<Measurement>.Ok ok)
        {
            return new Result<Guid>.Invalid(((Result<Measurement>.Invalid)result).Errors);
        }

        await db.SaveChangesAsync(ct);
        return ok.Value.Id;
    }
}
