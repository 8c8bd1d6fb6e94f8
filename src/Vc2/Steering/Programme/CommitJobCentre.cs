using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;

namespace Vc2.Steering.Programme;

/// <summary>
/// A new version of a job centre's commitment (tilsagn): the expected participants — and so the frame, × 10,800 kr.
/// (R11) — the application and the letter. The job centre's expected participants follow the newest version; earlier
/// versions stay, audited, and the statement shows them.
/// </summary>
public sealed class CommitJobCentre(Vc2Db db, TimeProvider clock)
{
    public sealed record Input : IValidatableObject
    {
        [Required(ErrorMessage = "Skriv det forventede antal deltagere.")]
        [Range(1, 100_000, ErrorMessage = "Antallet af deltagere skal være mellem 1 og 100.000.")]
        public int? ExpectedParticipants { get; init; }

        public DateOnly? ApplicationReceivedOn { get; init; }

        [Required(ErrorMessage = "Skriv datoen for tilsagnet.")]
        public DateOnly? CommittedOn { get; init; }

        [Required(ErrorMessage = "Skriv tilsagnsbrevets journalnummer.")]
        [StringLength(100, ErrorMessage = "Journalnummeret må højst have 100 tegn.")]
        public string? LetterReference { get; init; }

        [StringLength(1000, ErrorMessage = "Bemærkningen må højst have 1000 tegn.")]
        public string? Note { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (ApplicationReceivedOn is { } received && CommittedOn is { } committed && received > committed)
            {
                yield return new ValidationResult("Ansøgningen skal være modtaget før tilsagnet.", [nameof(ApplicationReceivedOn)]);
            }
        }
    }

    public async Task<Result<int>> RunAsync(Guid jobCentreId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var centre = ProgrammeAccess.MayChange(db.CurrentUser) ? await db.JobCentres.SingleOrDefaultAsync(j => j.Id == jobCentreId, ct) : null;
        if (centre is null)
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        if (input.CommittedOn is { } day && day > Today.In(clock))
        {
            errors.Add(nameof(Input.CommittedOn), "Tilsagnsdatoen kan ikke ligge i fremtiden.");
        }

        if (errors.Any)
        {
            return errors.As<int>();
        }

        var number = 1 + (await db.Commitments.Where(c => c.JobCentreId == jobCentreId).MaxAsync(c => (int?)c.Number, ct) ?? 0);
        Add(db, clock, centre, number, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two new versions at the same moment: the unique (job centre, number) index refused one.
            db.ChangeTracker.Clear();
            return new Result<int>.Conflict("En anden har netop registreret et nyt tilsagn for jobcentret. Se det, og prøv igen, hvis det stadig er nødvendigt.");
        }

        return number;
    }

    /// <summary>Adds version <paramref name="number"/> and sets the job centre's expected participants to it (the caller saves).</summary>
    internal static void Add(Vc2Db db, TimeProvider clock, JobCentre centre, int number, Input input)
    {
        db.Commitments.Add(new JobCentreCommitment
        {
            JobCentreId = centre.Id, Number = number, ExpectedParticipants = input.ExpectedParticipants!.Value, ApplicationReceivedOn = input.ApplicationReceivedOn,
            CommittedOn = input.CommittedOn!.Value, LetterReference = input.LetterReference!.Trim(), Note = Validation.Clean(input.Note),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = db.CurrentUser.DisplayName,
        });
        var before = centre.ExpectedParticipants;
        centre.ExpectedParticipants = input.ExpectedParticipants!.Value;
        AuditLog.Add(db, clock, AuditAction.Update, centre.Id, null,
            $"Tilsagn version {number} af {DanishDates.Text(input.CommittedOn)} ({input.LetterReference!.Trim()}): {before} → {centre.ExpectedParticipants} forventede deltagere");
    }
}
