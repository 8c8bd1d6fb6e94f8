namespace Vc2.Money.Grants;

/// <summary>What the statement needs of the payments: what has been paid to each job centre (a conto for the balance,
/// R12, and everything paid for what is left or must be repaid) and whose auditor's approval is registered (a final
/// statement needs it). Payments implements it: payment decisions read the statement,
/// so the statement reads payments through this and the two features form no cycle.</summary>
public interface IPaymentRecords
{
    /// <summary>Per job centre id (every job centre the national filter shows the user; or only <paramref name="jobCentreId"/>).</summary>
    Task<IReadOnlyDictionary<Guid, PaidTotals>> ByJobCentreAsync(Guid? jobCentreId, CancellationToken ct);

    /// <summary>The job centres (ids) with a registered auditor's approval.</summary>
    Task<IReadOnlySet<Guid>> AuditorApprovedAsync(CancellationToken ct);
}

public sealed record PaidTotals(decimal Aconto, decimal All);
