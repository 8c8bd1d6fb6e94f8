using Microsoft.EntityFrameworkCore;
using Vc2.Money.Registers;
using Vc2.Platform.Data;
using Vc2.Rules.Model;
using Vc2.Steering.Evaluation.Analysis;

namespace Vc2.Steering.Evaluation;

/// <summary>The effect estimate as a snapshot freezes it: the comparison extract it was computed from (file and SHA-256),
/// and the matching's findings; or, without an extract, why there is none.</summary>
/// <param name="Missing">Why there is no estimate, in Danish; null when there is one.</param>
public sealed record EffectEstimate(string? ExtractFile, string? ExtractHash, int ComparisonPersons, ComparisonMatching.Findings? Findings, string? Missing = null);

/// <summary>
/// Reads what the effect estimate (ADR 0026, section 3) needs for a snapshot: the participants' benefit weeks from VC2's
/// own benefit register imports (the same register the comparison extract comes from, through the same code table), and
/// the comparison persons of the newest extract. A participant starts in the week of the enrolment — when the
/// target-group criteria were met — and the comparison persons are read from that calendar week (ADR 0026).
/// </summary>
internal static class EffectInputs
{
    /// <summary>A participant as the snapshot reads them: no name, no CPR number — the sex is read from it beforehand.</summary>
    public sealed record Person(Guid Id, string Pseudonym, string Municipality, DateOnly BirthDate, bool Female, DateOnly EnrolmentDate, Guid JobCentreId,
        CaseWork.Citizens.TargetGroup TargetGroup);

    public static int AgeBand(int age) => age < 30 ? 0 : age < 40 ? 1 : age < 50 ? 2 : 3;

    public static async Task<EffectEstimate> EstimateAsync(Vc2Db db, IReadOnlyList<Person> people, DateOnly today, CancellationToken ct)
    {
        if (people.Count == 0)
        {
            return new EffectEstimate(null, null, 0, null, "Der er ingen deltagere endnu.");
        }

        // The extract and its persons are read together: an import that replaces the extract in between is seen as a
        // count that does not match, and they are read again.
        for (var attempt = 0; ; attempt++)
        {
            var extract = await db.ComparisonExtracts.AsNoTracking().OrderByDescending(e => e.ImportedAtUtc).FirstOrDefaultAsync(ct);
            if (extract is null)
            {
                return new EffectEstimate(null, null, 0, null, "Der var ikke indlæst et sammenligningsudtræk fra ydelsesregistret, da øjebliksbilledet blev dannet.");
            }

            var comparison = await db.ComparisonPersons.AsNoTracking().Where(p => p.ExtractId == extract.Id).OrderBy(p => p.Id)
                .Select(p => new { p.Pseudonym, p.Municipality, p.BirthYear, p.Female, p.Weeks }).ToListAsync(ct);
            if (comparison.Count != extract.Persons && attempt < 3)
            {
                continue;
            }

            var persons = comparison.Select(p => new RegisterPerson(p.Pseudonym, p.Municipality, AgeBand(today.Year - p.BirthYear), p.Female, extract.FirstWeek,
                (BenefitCategory[])(object)p.Weeks)).ToList();
            return await MatchAsync(db, people, extract, persons, today, ct);
        }
    }

    private static async Task<EffectEstimate> MatchAsync(Vc2Db db, IReadOnlyList<Person> people, ComparisonExtract extract, List<RegisterPerson> persons, DateOnly today,
        CancellationToken ct)
    {
        var completed = db.ImportRuns.Where(r => r.Status == ImportStatus.Completed && r.Kind == ImportKind.Benefits);
        var first = await completed.MinAsync(r => (int?)r.FirstWeek, ct);
        var last = await completed.MaxAsync(r => (int?)r.LastWeek, ct);
        if (first is null || last is null)
        {
            return new EffectEstimate(extract.FileName, extract.FileHash, persons.Count, null,
                "Der er ikke indlæst ydelsesdata for deltagerne, så deres forløb efter start kan ikke sammenlignes.");
        }

        // One array per participant over the register's coverage; a covered week without a row has no benefit (tilskud.md).
        var weeks = people.ToDictionary(p => p.Id, _ => new BenefitCategory[last.Value - first.Value + 1]);
        var fromWeek = people.Min(p => Rules.IsoWeek.Of(p.EnrolmentDate).Ordinal) - 104;
        await foreach (var w in (from w in db.BenefitWeeks.Nationally()
                                 join r in completed on w.ImportRunId equals r.Id
                                 where w.Week >= fromWeek
                                 select new { w.CitizenId, w.Week, w.Category }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (weeks.TryGetValue(w.CitizenId, out var own) && w.Week >= first && w.Week <= last)
            {
                own[w.Week - first.Value] = w.Category;
            }
        }

        var participants = people.Select(p => new ComparisonMatching.Participant(
            new RegisterPerson(p.Pseudonym, p.Municipality, AgeBand(today.Year - p.BirthDate.Year), p.Female, first.Value, weeks[p.Id]),
            Rules.IsoWeek.Of(p.EnrolmentDate).Ordinal)).ToList();
        return new EffectEstimate(extract.FileName, extract.FileHash, persons.Count, ComparisonMatching.Match(participants, persons));
    }
}
