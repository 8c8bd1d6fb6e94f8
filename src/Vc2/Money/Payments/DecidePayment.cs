using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Money.Payments;

/// <summary>The agency moves a payment request on: approved or rejected, then paid. Each change is recorded with who and
/// when. A paid a-conto payment counts in the job centre's balance (R12).</summary>
public sealed class DecidePayment(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg den nye status.")]
        public PaymentStatus? Status { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? Comment { get; init; }

        public int Version { get; init; }
    }

    private static readonly Dictionary<PaymentStatus, PaymentStatus[]> Allowed = new()
    {
        [PaymentStatus.Submitted] = [PaymentStatus.Approved, PaymentStatus.Rejected],
        [PaymentStatus.Approved] = [PaymentStatus.Paid, PaymentStatus.Rejected],
        [PaymentStatus.Paid] = [],
        [PaymentStatus.Rejected] = [],
    };

    public async Task<Result<int>> RunAsync(Guid id, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await db.PaymentRequests.Nationally().Include(p => p.Events).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (request is null)
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        if (input.Status is { } next && !Allowed[request.Status].Contains(next))
        {
            errors.Add(nameof(Input.Status), $"En udbetaling med status '{PaymentNames.Danish(request.Status)}' kan ikke blive '{PaymentNames.Danish(next)}'.");
        }

        if (input.Status == PaymentStatus.Rejected && string.IsNullOrWhiteSpace(input.Comment))
        {
            errors.Add(nameof(Input.Comment), "Skriv hvorfor anmodningen afvises.");
        }

        if (errors.Any)
        {
            return errors.As<int>();
        }

        db.Entry(request).Property(p => p.Version).OriginalValue = input.Version;
        request.Status = input.Status!.Value;
        request.Events.Add(new PaymentEvent
        {
            PaymentRequestId = request.Id, Status = request.Status, AtUtc = clock.GetUtcNow().UtcDateTime, By = db.CurrentUser.DisplayName,
            Comment = Validation.Clean(input.Comment),
        });
        return await db.TrySaveAsync(ct) ? request.Version
            : new Result<int>.Conflict("En anden har behandlet anmodningen imens. Intet er gemt; se den igen.");
    }
}
