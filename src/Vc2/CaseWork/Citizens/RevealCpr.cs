using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.CaseWork.Citizens;

/// <summary>Shows a citizen's full CPR number on purpose, with its own audit event. The checksum warning is shown beside
/// it, never as a refusal.</summary>
public sealed class RevealCpr(Vc2Db db, CprProtector protector, TimeProvider clock)
{
    public sealed record Output(string Cpr, bool ChecksumWarning);

    public async Task<Result<Output>> RunAsync(Guid id, CancellationToken ct = default)
    {
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (citizen is null)
        {
            return Result<Output>.Missing();
        }

        var cpr = protector.Decrypt(citizen.CprCipher);
        AuditLog.Add(db, clock, AuditAction.RevealCpr, citizen.JobCentreId, citizen.Id);
        await db.SaveChangesAsync(ct);
        return new Output(cpr.Reveal(), !cpr.HasValidChecksum);
    }
}
