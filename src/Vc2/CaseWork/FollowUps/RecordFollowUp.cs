using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.FollowUps;

/// <summary>Records a follow-up on a placement, measured against the sub-goals of the latest work agreement.</summary>
public sealed class RecordFollowUp(Vc2Db db, TimeProvider clock)
{
    public sealed record Input : IValidatableObject
    {
        [Required(ErrorMessage = "Skriv datoen for opfølgningen.")]
        public DateOnly? Date { get; init; }

        [Required(ErrorMessage = "Vælg hvordan opfølgningen foregik.")]
        public FollowUpForm? Form { get; init; }

        [Required(ErrorMessage = "Skriv hvem der deltog.")]
        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? Participants { get; init; }

        [Range(typeof(decimal), "0", "80", ErrorMessage = "Timer pr. uge skal være mellem 0 og 80.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
        public decimal? HoursWorked { get; init; }

        [StringLength(4000, ErrorMessage = "Noterne må højst fylde 4000 tegn.")]
        public string? Notes { get; init; }

        public DateOnly? NextDate { get; init; }

        private readonly List<Assessment> _assessments = [];

        /// <summary>An API client's <c>null</c> (for the list or an entry) carries no assessment, and is read as none.</summary>
        public List<Assessment> Assessments { get => _assessments; init => _assessments = value?.Where(a => a is not null).ToList() ?? []; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Date is not null && NextDate is not null && NextDate <= Date)
            {
                yield return new ValidationResult("Næste opfølgning skal ligge efter denne.", [nameof(NextDate)]);
            }
        }
    }

    public sealed record Assessment
    {
        public Guid SubGoalId { get; init; }

        public SubGoalStatus? Status { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? Comment { get; init; }
    }

    /// <summary>The form around the fields: where, for whom, and the sub-goals of the latest work agreement to assess.</summary>
    public sealed record Form(Guid PlacementId, string CitizenName, string CompanyName, int AgreementNumber, IReadOnlyList<SubGoal> SubGoals);

    // The placement the command read: a refused POST shows the form from it (FormSubject).
    private PlacementSubject? _subject;

    public async Task<Result<Form>> FormAsync(Guid placementId, CancellationToken ct = default)
    {
        var subject = _subject ?? await PlacementSubject.ReadAsync(db, clock, placementId, "Opfølgning", ct);
        if (subject is null)
        {
            return Result<Form>.Missing();
        }

        var latest = await LatestAgreementAsync(placementId, ct);
        return new Form(subject.Placement.Id, subject.CitizenName, subject.CompanyName, latest?.Number ?? 0,
            latest?.SubGoals.OrderBy(g => g.Order).ToList() ?? []);
    }

    public async Task<Result<Guid>> RunAsync(Guid placementId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        _subject = await PlacementSubject.LoadAsync(db, placementId, ct);
        if (_subject is null)
        {
            return Result<Guid>.Missing();
        }

        var placement = _subject.Placement;

        var errors = Errors.For(input);
        var agreement = await LatestAgreementAsync(placementId, ct);
        var goals = agreement?.SubGoals.Select(g => g.Id).ToHashSet() ?? [];
        CheckAssessments(input.Assessments, goals, errors);
        CheckDate(input.Date, placement.Start, errors);

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var followUp = new FollowUp
        {
            JobCentreId = placement.JobCentreId,
            PlacementId = placement.Id,
            AgreementId = agreement?.Id,
            Date = input.Date!.Value,
            Form = input.Form!.Value,
            Participants = input.Participants!.Trim(),
            HoursWorked = input.HoursWorked,
            Notes = Validation.Clean(input.Notes),
            NextDate = input.NextDate,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = db.CurrentUser.DisplayName,
            Assessments = input.Assessments.Select(a => new SubGoalAssessment
            {
                SubGoalId = a.SubGoalId, Status = a.Status!.Value, Comment = Validation.Clean(a.Comment),
            }).ToList(),
        };
        db.FollowUps.Add(followUp);
        AuditLog.Add(db, clock, AuditAction.Create, placement.JobCentreId, placement.CitizenId, $"Opfølgning {DanishDates.Text(input.Date)}");
        await db.SaveChangesAsync(ct);
        return followUp.Id;
    }

    private static void CheckAssessments(List<Assessment> assessments, HashSet<Guid> goals, Errors errors)
    {
        for (var i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (!goals.Contains(a.SubGoalId))
            {
                errors.Add($"Assessments[{i}].Status", "Delmålet hører ikke til forløbets nyeste arbejdsaftale.");
            }
            else if (a.Status is null)
            {
                errors.Add($"Assessments[{i}].Status", "Vælg status for delmålet.");
            }
        }
    }

    private void CheckDate(DateOnly? date, DateOnly start, Errors errors)
    {
        if (date is { } day)
        {
            if (day > Today.In(clock))
            {
                errors.Add(nameof(Input.Date), "En opfølgning kan ikke ligge i fremtiden. Brug 'næste opfølgning' til at planlægge.");
            }
            else if (day < start)
            {
                errors.Add(nameof(Input.Date), "Opfølgningen kan ikke ligge før forløbets start.");
            }
        }
    }

    private Task<WorkAgreement?> LatestAgreementAsync(Guid placementId, CancellationToken ct) =>
        db.Agreements.Include(a => a.SubGoals).Where(a => a.PlacementId == placementId).OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
}
