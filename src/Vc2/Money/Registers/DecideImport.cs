using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Money.Registers;

/// <summary>The agency confirms or rejects an import that would remove more than a tenth of the stored weeks in its
/// range (<see cref="ImportStatus.AwaitingConfirmation"/>). Who decided is kept on the run.</summary>
public sealed class DecideImport(Vc2Db db, ImportRunners runners)
{
    public async Task<Result<ImportReport>> RunAsync(Guid runId, bool confirm, CancellationToken ct = default)
    {
        if (!db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<ImportReport>.Missing();
        }

        return await runners.New().DecideAsync(runId, confirm, ct);
    }
}
