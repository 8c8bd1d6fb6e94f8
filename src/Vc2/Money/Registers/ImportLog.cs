using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Money.Registers;

/// <summary>The import log: every register import with its counts and problems, newest first.</summary>
public sealed class ImportLog(Vc2Db db)
{
    public async Task<IReadOnlyList<ImportRun>> RunAsync(int take = 50, CancellationToken ct = default) =>
        await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(take).ToListAsync(ct);

    public async Task<Result<ImportRun>> OneAsync(Guid id, CancellationToken ct = default) =>
        await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } run ? run : Result<ImportRun>.Missing();
}
