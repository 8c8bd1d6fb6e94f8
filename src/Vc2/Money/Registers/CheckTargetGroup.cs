using Vc2.CaseWork.Citizens;
using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules;
using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>Settings of the register checks (section <c>Registers</c>).</summary>
public sealed class RegisterOptions
{
    /// <summary>Weeks of the 104 before enrolment allowed not to be on kontanthjælp or uddannelseshjælp (default 0).</summary>
    public int TargetGroupAllowedDifferingWeeks { get; set; }
}

/// <summary>
/// Checks from the benefit register whether a citizen was in the target group at enrolment and stores the answer as a
/// snapshot with its evidence weeks (audited). <see cref="OverrideAsync"/> lets a caseworker set the answer with a reason.
/// </summary>
public sealed class CheckTargetGroup(Vc2Db db, RegisterOptions options, TimeProvider clock)
{
    public const int WeeksBefore = 104;

    public sealed record OverrideInput
    {
        [Required(ErrorMessage = "Vælg om borgeren er i målgruppen.")]
        public bool? InTargetGroup { get; init; }

        [Required(ErrorMessage = "Skriv begrundelsen for at tilsidesætte registertjekket.")]
        [StringLength(2000, MinimumLength = 10, ErrorMessage = "Begrundelsen skal have mellem 10 og 2000 tegn.")]
        public string? Reason { get; init; }

        public int Version { get; init; }
    }

    public async Task<Result<TargetGroupCheck>> RunAsync(Guid citizenId, CancellationToken ct = default)
    {
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<TargetGroupCheck>.Missing();
        }

        var enrolment = IsoWeek.Of(citizen.EnrolmentDate).Ordinal;
        var completed = db.ImportRuns.Where(r => r.Status == ImportStatus.Completed && r.Kind == ImportKind.Benefits);
        var covered = await completed.MaxAsync(r => (int?)r.LastWeek, ct);
        var weeks = await (from w in db.BenefitWeeks
                           join r in completed on w.ImportRunId equals r.Id
                           where w.CitizenId == citizenId && w.Week >= enrolment - WeeksBefore && w.Week <= enrolment
                           select new { w.Week, w.Category }).ToDictionaryAsync(w => w.Week, w => w.Category, ct);

        var evidence = new StringBuilder();
        for (var week = enrolment - WeeksBefore; week <= enrolment; week++)
        {
            evidence.Append(IsoWeek.FromOrdinal(week)).Append(':').Append(Rules.Json.JsonNames.Of(weeks.GetValueOrDefault(week))).Append('\n');
        }

        var qualifying = Enumerable.Range(enrolment - WeeksBefore, WeeksBefore)
            .Count(w => weeks.GetValueOrDefault(w) is BenefitCategory.Kontanthjaelp or BenefitCategory.Uddannelseshjaelp);
        var result = covered is null || covered < enrolment ? TargetGroupResult.NoData
            : weeks.GetValueOrDefault(enrolment) == BenefitCategory.Ressourceforloeb || WeeksBefore - qualifying <= options.TargetGroupAllowedDifferingWeeks
                ? TargetGroupResult.InTargetGroup
                : TargetGroupResult.NotInTargetGroup;
        var check = new TargetGroupCheck
        {
            JobCentreId = citizen.JobCentreId, CitizenId = citizen.Id, CheckedAtUtc = clock.GetUtcNow().UtcDateTime, CheckedBy = db.CurrentUser.DisplayName,
            EnrolmentWeek = enrolment, Result = result, QualifyingWeeks = qualifying, AllowedDifferingWeeks = options.TargetGroupAllowedDifferingWeeks,
            Evidence = evidence.ToString(),
        };
        db.TargetGroupChecks.Add(check);
        AuditLog.Add(db, clock, AuditAction.Update, citizen.JobCentreId, citizen.Id, "Målgruppetjek i ydelsesregistret");
        await db.SaveChangesAsync(ct);
        return check;
    }

    public async Task<Result<TargetGroupCheck>> OverrideAsync(Guid checkId, OverrideInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = await db.TargetGroupChecks.SingleOrDefaultAsync(c => c.Id == checkId, ct);
        if (check is null)
        {
            return Result<TargetGroupCheck>.Missing();
        }

        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<TargetGroupCheck>();
        }

        db.Entry(check).Property(c => c.Version).OriginalValue = input.Version;
        check.OverrideInTargetGroup = input.InTargetGroup;
        check.OverrideReason = input.Reason!.Trim();
        check.OverriddenBy = db.CurrentUser.DisplayName;
        check.OverriddenAtUtc = clock.GetUtcNow().UtcDateTime;
        AuditLog.Add(db, clock, AuditAction.Update, check.JobCentreId, check.CitizenId,
            $"Målgruppetjek tilsidesat: {(input.InTargetGroup == true ? "i målgruppen" : "ikke i målgruppen")}");
        return await db.TrySaveAsync(ct) ? check
            : new Result<TargetGroupCheck>.Conflict("En anden har ændret målgruppetjekket imens. Intet er gemt; se det igen og prøv igen.");
    }
}
