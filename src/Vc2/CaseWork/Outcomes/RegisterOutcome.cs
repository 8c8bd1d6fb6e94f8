using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Outcomes;

/// <summary>Registers what the citizen went on to: an ordinary job or flexjob (employer, weekly hours, start) or an
/// education (institution, start). An education start feeds rule R8.</summary>
public sealed class RegisterOutcome(Vc2Db db, TimeProvider clock)
{
    public sealed record Input : IValidatableObject
    {
        [Required(ErrorMessage = "Vælg hvad borgeren er gået videre til.")]
        public OutcomeKind? Kind { get; init; }

        [Required(ErrorMessage = "Skriv arbejdsgiverens eller uddannelsesstedets navn.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Organisation { get; init; }

        [Range(typeof(decimal), "0", "60", ErrorMessage = "Timer pr. uge skal være mellem 0 og 60.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
        public decimal? WeeklyHours { get; init; }

        [Required(ErrorMessage = "Skriv startdatoen.")]
        public DateOnly? Start { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Kind is OutcomeKind.OrdinaryJob or OutcomeKind.Flexjob && WeeklyHours is null)
            {
                yield return new ValidationResult("Skriv den ugentlige arbejdstid i jobbet.", [nameof(WeeklyHours)]);
            }
        }
    }

    public sealed record Form(Guid CitizenId, string CitizenName);

    // The citizen the command read: a refused POST shows the form from it (FormSubject).
    private Citizen? _citizen;

    public async Task<Result<Form>> FormAsync(Guid citizenId, CancellationToken ct = default)
    {
        var citizen = _citizen ?? await FormSubject.ReadAsync(db, clock, citizenId, "Registrér resultat", ct);
        return citizen is null ? Result<Form>.Missing() : new Form(citizen.Id, citizen.FullName);
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
        if (input.Start is { } start && start < citizen.EnrolmentDate)
        {
            errors.Add(nameof(Input.Start), "Startdatoen ligger før borgerens indskrivning i programmet.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var outcome = new Outcome
        {
            JobCentreId = citizen.JobCentreId,
            CitizenId = citizen.Id,
            Kind = input.Kind!.Value,
            Organisation = input.Organisation!.Trim(),
            WeeklyHours = input.Kind == OutcomeKind.Education ? null : input.WeeklyHours,
            Start = input.Start!.Value,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = db.CurrentUser.DisplayName,
        };
        db.Outcomes.Add(outcome);
        AuditLog.Add(db, clock, AuditAction.Create, citizen.JobCentreId, citizen.Id, $"Resultat: {OutcomeKindNames.Danish(outcome.Kind)}");
        await db.SaveChangesAsync(ct);
        return outcome.Id;
    }
}
