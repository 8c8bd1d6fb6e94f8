using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Money.Payments;

/// <summary>The project leader asks the agency for a payment. The fixed grant once; the final payment once, and only with
/// the auditor's approval.</summary>
public sealed class RequestPayment(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg hvilken udbetaling der anmodes om.")]
        public PaymentKind? Kind { get; init; }

        [Required(ErrorMessage = "Skriv beløbet.")]
        [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "Beløbet skal være over 0 kr.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
        public decimal? Amount { get; init; }

        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? AuditorApproval { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? Note { get; init; }

        public Guid? JobCentreId { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Errors.For(input);
        var led = db.CurrentUser.Memberships.Where(m => m.Role == Role.ProjectLeader && m.JobCentreId is not null).Select(m => m.JobCentreId!.Value).ToList();
        var jobCentreId = input.JobCentreId is { } requested ? (led.Contains(requested) ? requested : (Guid?)null) : led.Count == 1 ? led[0] : null;
        if (jobCentreId is null)
        {
            errors.Add(nameof(Input.JobCentreId), "Vælg det jobcenter, du er projektleder for.");
        }
        else if (input.Kind is PaymentKind.FixedGrant or PaymentKind.Final
                 && await db.PaymentRequests.AnyAsync(p => p.JobCentreId == jobCentreId && p.Kind == input.Kind && p.Status != PaymentStatus.Rejected, ct))
        {
            errors.Add(nameof(Input.Kind), "Der er allerede anmodet om denne udbetaling.");
        }

        if (input.Kind == PaymentKind.Final && string.IsNullOrWhiteSpace(input.AuditorApproval))
        {
            errors.Add(nameof(Input.AuditorApproval), "Slutudbetalingen kræver revisorgodkendelse. Skriv revisorerklæringens reference.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var request = new PaymentRequest
        {
            JobCentreId = jobCentreId!.Value, Kind = input.Kind!.Value, Amount = Math.Round(input.Amount!.Value, 2), Status = PaymentStatus.Submitted,
            AuditorApproval = Validation.Clean(input.AuditorApproval), Note = Validation.Clean(input.Note),
            Events = [new PaymentEvent { Status = PaymentStatus.Submitted, AtUtc = clock.GetUtcNow().UtcDateTime, By = db.CurrentUser.DisplayName }],
        };
        db.PaymentRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request.Id;
    }
}
