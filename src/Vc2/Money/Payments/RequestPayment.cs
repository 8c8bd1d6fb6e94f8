using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Money.Payments;

/// <summary>The project leader asks the agency for a payment, at most what the job centre is entitled to now
/// (<see cref="Entitlement"/>); one pending request per kind; the final payment rests on the registered auditor's
/// approval.</summary>
public sealed class RequestPayment(Vc2Db db, Entitlement entitlement, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg hvilken udbetaling der anmodes om.")]
        public PaymentKind? Kind { get; init; }

        [Required(ErrorMessage = "Skriv beløbet.")]
        [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "Beløbet skal være over 0 kr.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
        public decimal? Amount { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? Note { get; init; }

        public Guid? JobCentreId { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Errors.For(input);
        var jobCentreId = LedJobCentre(db.CurrentUser, input.JobCentreId);
        if (jobCentreId is null)
        {
            errors.Add(nameof(Input.JobCentreId), "Vælg det jobcenter, du er projektleder for.");
            return errors.As<Guid>();
        }

        if (input.Kind is not (PaymentKind.FixedGrant or PaymentKind.Aconto or PaymentKind.Final))
        {
            errors.Add(nameof(Input.Kind), "Vælg hvilken udbetaling der anmodes om.");
            return errors.As<Guid>();
        }

        var kind = input.Kind.Value;
        var pending = await db.PaymentRequests.Where(p => p.JobCentreId == jobCentreId && p.Kind == kind && (p.Status == PaymentStatus.Submitted || p.Status == PaymentStatus.Approved))
            .Select(p => new { p.Status, p.Amount }).FirstOrDefaultAsync(ct);
        if (pending is not null)
        {
            errors.Add(nameof(Input.Kind), pending.Status == PaymentStatus.Submitted
                ? $"Der er allerede en anmodning om {PaymentNames.Danish(kind).ToLowerInvariant()} på {Entitlement.Kroner(pending.Amount)}, som venter på styrelsen. Træk den tilbage, hvis den skal ændres."
                : $"Der er allerede en godkendt anmodning om {PaymentNames.Danish(kind).ToLowerInvariant()} på {Entitlement.Kroner(pending.Amount)}, som venter på at blive udbetalt.");
        }

        await CheckAmountAsync(jobCentreId.Value, kind, input.Amount, checkAmount: pending is null, errors, ct);

        Guid? approvalId = null;
        if (kind == PaymentKind.Final)
        {
            approvalId = await db.AuditorApprovals.Where(a => a.JobCentreId == jobCentreId).OrderByDescending(a => a.RegisteredAtUtc).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var request = new PaymentRequest
        {
            JobCentreId = jobCentreId.Value, Kind = kind, Amount = Math.Round(input.Amount!.Value, 2), Status = PaymentStatus.Submitted,
            AuditorApprovalId = approvalId, Note = Validation.Clean(input.Note),
            Events = [new PaymentEvent { Status = PaymentStatus.Submitted, AtUtc = at, By = db.CurrentUser.DisplayName }],
        };
        db.PaymentRequests.Add(request);
        AuditLog.Add(db, clock, AuditAction.Create, jobCentreId.Value, null, $"Anmodning om {PaymentNames.Danish(kind).ToLowerInvariant()}: {Entitlement.Kroner(request.Amount)}");
        await db.SaveChangesAsync(ct);
        return request.Id;
    }

    /// <summary>Refuses an amount above what the job centre is entitled to now (not checked while another request of the
    /// kind is pending, or when the entitlement cannot be read).</summary>
    private async Task CheckAmountAsync(Guid jobCentreId, PaymentKind kind, decimal? requested, bool checkAmount, Errors errors, CancellationToken ct)
    {
        var now = await entitlement.RunAsync(jobCentreId, ct: ct) is Result<Entitlement.Output>.Ok ok ? ok.Value : null;
        if (now is not null && requested is { } amount && checkAmount)
        {
            var most = now.Entitled[kind];
            if (Math.Round(amount, 2) > most)
            {
                errors.Add(nameof(Input.Amount), most == 0 && kind == PaymentKind.Final
                    ? now.Why[kind]
                    : $"Beløbet {Entitlement.Kroner(Math.Round(amount, 2))} er mere end jobcenteret kan anmode om som {PaymentNames.Danish(kind).ToLowerInvariant()}: højst {Entitlement.Kroner(most)}. {now.Why[kind]}");
            }
        }
    }

    /// <summary>The job centre the user leads that a request is for: the one named, if the user leads it; else the only one.</summary>
    public static Guid? LedJobCentre(CurrentUser user, Guid? named)
    {
        var led = user.Memberships.Where(m => m.Role == Role.ProjectLeader && m.JobCentreId is not null).Select(m => m.JobCentreId!.Value).ToList();
        return named is { } requested ? (led.Contains(requested) ? requested : null) : led.Count == 1 ? led[0] : null;
    }
}
