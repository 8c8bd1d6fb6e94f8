using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Exports;

namespace Vc2.Steering.Evaluation;

/// <summary>The evaluation snapshots and their reports, for the agency and evaluators: rendered from the frozen data only.</summary>
public sealed class GetEvaluationReport(Vc2Db db)
{
    public sealed record Listed(Guid Id, EvaluationKind Kind, DateOnly AsOf, DateTime CreatedAtUtc, string CreatedBy, string DataHash);

    public sealed record Output(Listed Snapshot, EvaluationData Data, EvaluationReport.Report Report);

    public async Task<IReadOnlyList<Listed>> RunAsync(CancellationToken ct = default) =>
        !Allowed ? [] : await db.EvaluationSnapshots.OrderByDescending(s => s.CreatedAtUtc)
            .Select(s => new Listed(s.Id, s.Kind, s.AsOf, s.CreatedAtUtc, s.CreatedBy, s.DataHash)).ToListAsync(ct);

    /// <param name="jobCentre">A municipality number for one job centre's report; null for the whole programme.</param>
    public async Task<Result<Output>> OpenAsync(Guid id, string? jobCentre = null, CancellationToken ct = default)
    {
        var snapshot = Allowed ? await db.EvaluationSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) : null;
        if (snapshot is null)
        {
            return Result<Output>.Missing();
        }

        var data = JsonSerializer.Deserialize<EvaluationData>(snapshot.DataJson, CreateEvaluationSnapshot.Json)!;
        if (jobCentre is not null && data.JobCentres.All(c => c.MunicipalityNumber != jobCentre))
        {
            return Result<Output>.Missing();
        }

        return new Output(new Listed(snapshot.Id, snapshot.Kind, snapshot.AsOf, snapshot.CreatedAtUtc, snapshot.CreatedBy, snapshot.DataHash), data,
            EvaluationReport.Build(data, jobCentre, await WriteAssessment.PublishedAsync(db, id, ct)));
    }

    /// <summary>The report's tables as an XLSX workbook, one sheet per table (names made unique by the writer).</summary>
    public static byte[] Xlsx(EvaluationReport.Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return XlsxExport.ToBytes(report.Sections.SelectMany(s => s.Tables).Select(t => new ExportTable(t.Sheet, t.Header, t.Rows)).ToList());
    }

    private bool Allowed => db.CurrentUser.IsSystem || db.CurrentUser.IsNational;
}
