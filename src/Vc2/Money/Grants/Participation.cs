using Vc2.Platform.Common;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;

namespace Vc2.Money.Grants;

/// <summary>
/// Who earns grants (R0 of tilskud.md, ADR 0016): a citizen whose latest target-group check passed, or failed and was
/// overridden with a reason, is a participant; one whose check failed without an override (or was overridden to "not
/// in the target group") earns nothing and is listed apart with the reason; one without a usable check (never checked,
/// or the register did not cover the enrolment week) earns provisionally and keeps a statement from being final.
/// </summary>
public sealed record Participation(IReadOnlyDictionary<Guid, string> Excluded, IReadOnlySet<Guid> Unchecked)
{
    public bool Earns(Guid citizenId) => !Excluded.ContainsKey(citizenId);

    /// <summary>The latest check of every citizen in the given set (all under the national filter: only ids, results
    /// and the reason leave the query), reading only the checks of <paramref name="citizenId"/> or
    /// <paramref name="jobCentreId"/> when the set is one of those.</summary>
    public static async Task<Participation> ReadAsync(Vc2Db db, IReadOnlyCollection<Guid> citizenIds, Guid? citizenId, Guid? jobCentreId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var checks = await db.TargetGroupChecks.Nationally()
            .Where(t => (citizenId == null || t.CitizenId == citizenId) && (jobCentreId == null || t.JobCentreId == jobCentreId))
            .Select(t => new { t.CitizenId, t.CheckedAtUtc, t.Result, t.QualifyingWeeks, t.OverrideInTargetGroup, t.OverrideReason })
            .ToListAsync(ct);
        var latest = checks.GroupBy(t => t.CitizenId).ToDictionary(g => g.Key, g => g.MaxBy(t => t.CheckedAtUtc)!);
        var excluded = new Dictionary<Guid, string>();
        var notChecked = new HashSet<Guid>();
        foreach (var id in citizenIds)
        {
            if (!latest.TryGetValue(id, out var check))
            {
                notChecked.Add(id);
            }
            else if (check.OverrideInTargetGroup == false)
            {
                excluded[id] = $"Tilsidesat: ikke i målgruppen ({check.OverrideReason})";
            }
            else if (check.OverrideInTargetGroup is null && check.Result == TargetGroupResult.NotInTargetGroup)
            {
                excluded[id] = $"Registertjek {DanishDates.Text(check.CheckedAtUtc)}: {check.QualifyingWeeks} af {CheckTargetGroupWeeks} uger før indskrivningen på kontanthjælp eller uddannelseshjælp, og ikke i ressourceforløb";
            }
            else if (check.OverrideInTargetGroup is null && check.Result == TargetGroupResult.NoData)
            {
                notChecked.Add(id);
            }
        }

        return new Participation(excluded, notChecked);
    }

    private const int CheckTargetGroupWeeks = Registers.CheckTargetGroup.WeeksBefore;
}
