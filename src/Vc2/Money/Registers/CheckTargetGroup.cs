using Vc2.CaseWork.Citizens;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules;
using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>
/// Checks from the benefit register whether a citizen was in the target group at enrolment and stores the answer as a
/// snapshot with its evidence weeks (audited). <see cref="OverrideAsync"/> lets a caseworker set the answer with a reason.
/// </summary>
public sealed class CheckTargetGroup(Vc2Db db, RegisterOptions options, TimeProvider clock)
{
    public const int WeeksBefore = 104;

    private static readonly string[] CategoryNames = Enum.GetValues<BenefitCategory>().Aggregate(new string[256], (names, c) =>
    {
        names[(byte)c] = Rules.Json.JsonNames.Of(c);
        return names;
    });

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

        var completed = db.ImportRuns.Where(r => r.Status == ImportStatus.Completed && r.Kind == ImportKind.Benefits);
        var covered = await completed.MaxAsync(r => (int?)r.LastWeek, ct);
        var enrolment = IsoWeek.Of(citizen.EnrolmentDate).Ordinal;
        var weeks = await (from w in db.BenefitWeeks
                           join r in completed on w.ImportRunId equals r.Id
                           where w.JobCentreId == citizen.JobCentreId && w.CitizenId == citizenId && w.Week >= enrolment - WeeksBefore && w.Week <= enrolment
                           select new { w.Week, w.Category }).ToDictionaryAsync(w => w.Week, w => w.Category, ct);
        var check = Evaluate(citizen.JobCentreId, citizen.Id, citizen.EnrolmentDate, weeks, covered, options.TargetGroupAllowedDifferingWeeks,
            clock.GetUtcNow().UtcDateTime, db.CurrentUser.DisplayName);
        db.TargetGroupChecks.Add(check);
        AuditLog.Add(db, clock, AuditAction.Update, citizen.JobCentreId, citizen.Id, "Målgruppetjek i ydelsesregistret");
        await db.SaveChangesAsync(ct);
        return check;
    }

    /// <summary>The check itself, from the citizen's benefit weeks (week ordinal → category) around the enrolment and
    /// the last week the register covers: pure, so that one citizen's check and the bulk check after an import agree.</summary>
    public static TargetGroupCheck Evaluate(Guid jobCentreId, Guid citizenId, DateOnly enrolmentDate, IReadOnlyDictionary<int, BenefitCategory> weeks,
        int? covered, int allowedDifferingWeeks, DateTime nowUtc, string by)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var enrolment = IsoWeek.Of(enrolmentDate).Ordinal;
        var evidence = new StringBuilder(3000);
        for (var week = enrolment - WeeksBefore; week <= enrolment; week++)
        {
            // The same text as IsoWeek's and JsonNames' ("2014-W01:kontanthjaelp"), without a string per week: the check
            // after a national import writes 30,000 of these.
            var isoWeek = IsoWeek.FromOrdinal(week);
            evidence.Append(CultureInfo.InvariantCulture, $"{isoWeek.Year:D4}-W{isoWeek.Week:D2}:").Append(CategoryNames[(byte)weeks.GetValueOrDefault(week)]).Append('\n');
        }

        var qualifying = Enumerable.Range(enrolment - WeeksBefore, WeeksBefore)
            .Count(w => weeks.GetValueOrDefault(w) is BenefitCategory.Kontanthjaelp or BenefitCategory.Uddannelseshjaelp);
        var result = covered is null || covered < enrolment ? TargetGroupResult.NoData
            : weeks.GetValueOrDefault(enrolment) == BenefitCategory.Ressourceforloeb || WeeksBefore - qualifying <= allowedDifferingWeeks
                ? TargetGroupResult.InTargetGroup
                : TargetGroupResult.NotInTargetGroup;
        return new TargetGroupCheck
        {
            JobCentreId = jobCentreId, CitizenId = citizenId, CheckedAtUtc = nowUtc, CheckedBy = by,
            EnrolmentWeek = enrolment, Result = result, QualifyingWeeks = qualifying, AllowedDifferingWeeks = allowedDifferingWeeks,
            Evidence = evidence.ToString(),
        };
    }

    /// <summary>The override form: whose check, and the latest check with its evidence.</summary>
    public sealed record OverrideForm(Guid CitizenId, string CitizenName, TargetGroupCheck Check);

    // What the override command read: a refused POST shows the form from it (FormSubject).
    private (Citizen Citizen, TargetGroupCheck Check)? _subject;

    public async Task<Result<OverrideForm>> OverrideFormAsync(Guid citizenId, CancellationToken ct = default)
    {
        var subject = _subject ?? await SubjectAsync(citizenId, audit: true, ct);
        return subject is { } s ? new OverrideForm(s.Citizen.Id, s.Citizen.FullName, s.Check) : Result<OverrideForm>.Missing();
    }

    /// <summary>Overrides the citizen's latest check with a reason.</summary>
    public async Task<Result<TargetGroupCheck>> OverrideAsync(Guid citizenId, OverrideInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        _subject = await SubjectAsync(citizenId, audit: false, ct);
        if (_subject is not { Check: var check })
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
        if (await db.TrySaveAsync(ct))
        {
            return check;
        }

        _subject = null; // another user's save: the form shows what is stored now
        return new Result<TargetGroupCheck>.Conflict("En anden har ændret målgruppetjekket imens. Intet er gemt; se det igen og prøv igen.");
    }

    /// <summary>The citizen and their latest check (none: not found, there is nothing to override).</summary>
    private async Task<(Citizen, TargetGroupCheck)?> SubjectAsync(Guid citizenId, bool audit, CancellationToken ct)
    {
        var citizen = audit ? await FormSubject.ReadAsync(db, clock, citizenId, "Målgruppetjek", ct) : await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        var check = citizen is null ? null
            : await db.TargetGroupChecks.Where(t => t.CitizenId == citizenId).OrderByDescending(t => t.CheckedAtUtc).FirstOrDefaultAsync(ct);
        return citizen is null || check is null ? null : (citizen, check);
    }
}
