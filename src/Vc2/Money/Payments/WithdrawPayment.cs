using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Money.Payments;

/// <summary>The project leader takes back a request the agency has not decided yet; it no longer counts as asked for.</summary>
public sealed class WithdrawPayment(Vc2Db db, TimeProvider clock)
{
    public async Task<Result<int>> RunAsync(Guid id, int version, CancellationToken ct = default)
    {
        var request = await db.PaymentRequests.Include(p => p.Events).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (request is null || !db.CurrentUser.HasRole(Role.ProjectLeader, request.JobCentreId))
        {
            return Result<int>.Missing();
        }

        if (request.Status != PaymentStatus.Submitted)
        {
            return Result<int>.Error("Status", $"Kun en anmodning, som venter på styrelsen, kan trækkes tilbage; denne er '{PaymentNames.Danish(request.Status)}'.");
        }

        db.Entry(request).Property(p => p.Version).OriginalValue = version;
        request.Status = PaymentStatus.Withdrawn;
        request.Events.Add(new PaymentEvent { PaymentRequestId = request.Id, Status = PaymentStatus.Withdrawn, AtUtc = clock.GetUtcNow().UtcDateTime, By = db.CurrentUser.DisplayName });
        return await db.TrySaveAsync(ct) ? request.Version
            : new Result<int>.Conflict("Anmodningen er ændret imens. Intet er gemt; se den igen.");
    }
}
