using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Money.Payments;

/// <summary>The agency moves a payment request on: approved or rejected, then paid. Approving more than the job centre
/// is entitled to (<see cref="Entitlement"/>) is refused unless the agency overrides it with a reason, which is audited
/// and shown on the payment. Each change is recorded with who and when.</summary>
public sealed class DecidePayment(Vc2Db db, Entitlement entitlement, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg den nye status.")]
        public PaymentStatus? Status { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? Comment { get; init; }

        /// <summary>Approve although the amount is above the entitlement (needs <see cref="OverrideReason"/>).</summary>
        public bool Override { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? OverrideReason { get; init; }

        public int Version { get; init; }
    }

    private static readonly Dictionary<PaymentStatus, PaymentStatus[]> Allowed = new()
    {
        [PaymentStatus.Submitted] = [PaymentStatus.Approved, PaymentStatus.Rejected],
        [PaymentStatus.Approved] = [PaymentStatus.Paid, PaymentStatus.Rejected],
        [PaymentStatus.Paid] = [],
        [PaymentStatus.Rejected] = [],
        [PaymentStatus.Withdrawn] = [],
    };

    public async Task<Result<int>> RunAsync(Guid id, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await db.PaymentRequests.Nationally().Include(p => p.Events).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (request is null)
        {
            return Result<int>.Missing();
        }

        var (errors, entitled) = await CheckAsync(request, input, ct);
        if (errors.Any)
        {
            return errors.As<int>();
        }

        db.Entry(request).Property(p => p.Version).OriginalValue = input.Version;
        request.Status = input.Status!.Value;
        var comment = Validation.Clean(input.Comment);
        if (entitled is { } most)
        {
            request.EntitledAtApproval = most;
            if (request.Amount > most)
            {
                request.OverrideReason = Validation.Clean(input.OverrideReason);
                comment = $"Godkendt over det berettigede ({Entitlement.Kroner(most)}): {request.OverrideReason}" + (comment is null ? "" : $" – {comment}");
                AuditLog.Add(db, clock, AuditAction.Update, request.JobCentreId, null,
                    $"Udbetaling godkendt over det berettigede: {PaymentNames.Danish(request.Kind)} {Entitlement.Kroner(request.Amount)}, berettiget {Entitlement.Kroner(most)}. Begrundelse: {request.OverrideReason}");
            }
        }

        request.Events.Add(new PaymentEvent
        {
            PaymentRequestId = request.Id, Status = request.Status, AtUtc = clock.GetUtcNow().UtcDateTime, By = db.CurrentUser.DisplayName, Comment = comment,
        });
        return await db.TrySaveAsync(ct) ? request.Version
            : new Result<int>.Conflict("En anden har behandlet anmodningen imens. Intet er gemt; se den igen.");
    }

    /// <summary>Whether the move is allowed, and for an approval what the job centre is entitled to (null when not an
    /// approval from submitted, or when the entitlement cannot be read).</summary>
    private async Task<(Errors Errors, decimal? Entitled)> CheckAsync(PaymentRequest request, Input input, CancellationToken ct)
    {
        var errors = Errors.For(input);
        if (input.Status is { } next && !Allowed[request.Status].Contains(next))
        {
            errors.Add(nameof(Input.Status), $"En udbetaling med status '{PaymentNames.Danish(request.Status)}' kan ikke blive '{PaymentNames.Danish(next)}'.");
        }

        if (input.Status == PaymentStatus.Rejected && string.IsNullOrWhiteSpace(input.Comment))
        {
            errors.Add(nameof(Input.Comment), "Skriv hvorfor anmodningen afvises.");
        }

        decimal? entitled = null;
        if (input.Status == PaymentStatus.Approved && request.Status == PaymentStatus.Submitted
            && await entitlement.RunAsync(request.JobCentreId, except: request.Id, ct: ct) is Result<Entitlement.Output>.Ok ok)
        {
            entitled = ok.Value.Entitled[request.Kind];
            if (request.Amount > entitled && !input.Override)
            {
                errors.Add(nameof(Input.Override),
                    $"Der er anmodet om {Entitlement.Kroner(request.Amount)}, men jobcenteret kan højst få {Entitlement.Kroner(entitled.Value)} som {PaymentNames.Danish(request.Kind).ToLowerInvariant()}. {ok.Value.Why[request.Kind]} Afvis anmodningen, eller godkend den alligevel med en begrundelse.");
            }
            else if (request.Amount > entitled && Validation.Clean(input.OverrideReason) is not { Length: >= 10 })
            {
                errors.Add(nameof(Input.OverrideReason), "Skriv hvorfor der godkendes mere end det, jobcenteret har ret til (mindst 10 tegn).");
            }
        }

        return (errors, entitled);
    }
}
