using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.Outcomes;

namespace Vc2.Steering.Overview;

/// <summary>
/// The agency's national overview: every job centre side by side — participants, placements, the share whose course
/// reached three months, outcomes by type, the activity and result grant payable against the frame (the fixed grant
/// apart), paid and what must be repaid, progression and the holdepunkter not kept.
/// Read from the national figures (<see cref="JobCentreFigures"/>, ADR 0019): a few queries whatever the number of
/// job centres, never a settlement or an entity load per view. A handful of centres changed since are recomputed
/// first, so a caseworker's change shows at once; more (after a register import) are left to the background worker,
/// and the page says how fresh each row is.
/// </summary>
public sealed class ProgrammeOverview(Vc2Db db, RefreshFigures refresh, TimeProvider clock)
{
    /// <summary>At most this many changed centres are recomputed while the agency waits for the page.</summary>
    public const int RecomputeOnView = 3;

    public sealed record Row(Guid Id, string Name, string MunicipalityNumber, int ExpectedParticipants, int Participants, int Ressourceforloeb, int Kontanthjaelp,
        int Companies, int Placements, int WithCourse, int ReachedThreeMonths,
        decimal? ShareReachedThreeMonths, IReadOnlyDictionary<OutcomeKind, int> Outcomes, decimal? ActivityAndResultPayable, decimal? Frame, decimal? Total, decimal Paid, decimal? CitizenChange,
        IReadOnlyList<HoldepunktStatus> Holdepunkter, DateTime? ComputedAtUtc, bool Current)
    {
        public int HoldepunkterRed => Holdepunkter.Count(h => h.Status == Steering.Holdepunkter.IndicatorStatus.Red);

        public int HoldepunkterYellow => Holdepunkter.Count(h => h.Status == Steering.Holdepunkter.IndicatorStatus.Yellow);

        /// <summary>The settled total minus everything paid; negative: the job centre must repay.</summary>
        public decimal? Rest => Total - Paid;

        public decimal Repayment => Rest is < 0 ? -Rest.Value : 0;
    }

    /// <param name="Rows">One per job centre, by name; a centre never computed yet has no figures (nulls and zeros) and
    /// <c>ComputedAtUtc</c> null.</param>
    public sealed record Output(IReadOnlyList<Row> Rows)
    {
        public DateTime? OldestUtc => Rows.Min(r => r.ComputedAtUtc);

        public DateTime? NewestUtc => Rows.Max(r => r.ComputedAtUtc);

        /// <summary>Centres whose figures are older than their data (being recomputed).</summary>
        public int Behind => Rows.Count(r => !r.Current);
    }

    public async Task<Result<Output>> RunAsync(CancellationToken ct = default)
    {
        if (!db.CurrentUser.IsNational && !db.CurrentUser.IsSystem)
        {
            return Result<Output>.Missing();
        }

        var stored = await ReadAsync(ct);
        var behind = stored.Count(x => !x.Current);
        if (behind is > 0 and <= RecomputeOnView)
        {
            // A few centres changed since: recomputed now, so the change shows at once.
            await refresh.RunAsync(atMost: RecomputeOnView, wait: TimeSpan.FromSeconds(5), ct: ct);
            stored = await ReadAsync(ct);
        }

        var rows = stored.Select(x =>
        {
            var f = x.Json is { Length: > 0 } ? CentreFigures.FromJson(x.Json) : null;
            return new Row(x.Id, x.Name, x.MunicipalityNumber, x.ExpectedParticipants, f?.Participants ?? 0, f?.Ressourceforloeb ?? 0, f?.Kontanthjaelp ?? 0,
                f?.Companies ?? 0, f?.Placements ?? 0, f?.WithCourse ?? 0, f?.ReachedThreeMonths ?? 0,
                f is null || f.WithCourse == 0 ? null : Math.Round((decimal)f.ReachedThreeMonths / f.WithCourse, 4, MidpointRounding.AwayFromZero),
                Enum.GetValues<OutcomeKind>().ToDictionary(k => k, k => f?.Outcomes.GetValueOrDefault(k) ?? 0),
                f?.ActivityAndResultPayable, f?.Frame, f?.Total, f?.Paid ?? 0, f?.CitizenChange,
                f?.Holdepunkter ?? [], f is null ? null : x.At, x.Current);
        }).ToList();
        return new Output(rows);
    }

    private sealed record Stored(Guid Id, string Name, string MunicipalityNumber, int ExpectedParticipants, string? Json, DateTime? At, bool Current);

    /// <summary>The stored figures only, one query: no settlement, no register weeks, no measurement loaded here — and
    /// not the stored statements, hundreds of kilobytes a centre, of which this page needs the totals only.</summary>
    private async Task<List<Stored>> ReadAsync(CancellationToken ct)
    {
        var today = Today.In(clock);
        return (await (from j in db.JobCentres.AsNoTracking()
                      join f in db.JobCentreFigures.Nationally().AsNoTracking() on j.Id equals f.JobCentreId into figures
                      from f in figures.DefaultIfEmpty()
                      orderby j.Name
                      select new
                      {
                          j.Id, j.Name, j.MunicipalityNumber, j.ExpectedParticipants, Json = f == null ? null : f.FiguresJson,
                          At = f == null ? null : f.ComputedAtUtc, Computed = f == null ? -1 : f.ComputedVersion, Change = f == null ? 0 : f.ChangeVersion,
                          For = f == null ? today : f.ComputedFor,
                      }).ToListAsync(ct))
            .Select(x => new Stored(x.Id, x.Name, x.MunicipalityNumber, x.ExpectedParticipants, x.Json, x.At,
                x.Json != null && JobCentreFigures.IsFresh(x.Computed, x.Change, x.For, x.At, today))).ToList();
    }
}