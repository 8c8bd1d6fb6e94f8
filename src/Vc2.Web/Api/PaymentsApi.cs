using Vc2.Money.Payments;
using Vc2.Web.Auth;

namespace Vc2.Web.Api;

/// <summary>Payment requests under <c>/api/v1/payments</c>: the same use cases as <c>/udbetalinger</c>.</summary>
public static class PaymentsApi
{
    public sealed record Event(PaymentStatus Status, DateTime AtUtc, string By, string? Comment);

    public sealed record Payment(Guid Id, Guid JobCentreId, string JobCentre, PaymentKind Kind, decimal Amount, PaymentStatus Status, Guid? AuditorApprovalId,
        string? Note, decimal? EntitledAtApproval, string? OverrideReason, int Version, IReadOnlyList<Event> Events);

    /// <param name="Rest">Settled total minus everything paid; negative: an amount to repay.</param>
    public sealed record EntitlementBody(Guid JobCentreId, string JobCentre, DateOnly AsOf, decimal Total, decimal Paid, decimal Rest, decimal Repayment,
        IReadOnlyDictionary<PaymentKind, decimal> Entitled, IReadOnlyDictionary<PaymentKind, string> Why, bool Final, IReadOnlyList<string> NotFinalBecause);

    public sealed record WithdrawBody(int Version);

    public static void MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/api/v1/payments").WithTags("Udbetalinger");
        payments.MapGet("/", async (ListPayments slice, CancellationToken ct) => TypedResults.Ok((await slice.RunAsync(ct)).Select(r => new Payment(
                r.Request.Id, r.Request.JobCentreId, r.JobCentre, r.Request.Kind, r.Request.Amount, r.Request.Status, r.Request.AuditorApprovalId, r.Request.Note,
                r.Request.EntitledAtApproval, r.Request.OverrideReason, r.Request.Version, r.Request.Events.OrderBy(e => e.AtUtc).Select(e => new Event(e.Status, e.AtUtc, e.By, e.Comment)).ToList())).ToList()))
            .RequireAuthorization(Policies.Grants).WithName("ListPayments").WithSummary("Udbetalingsanmodninger (projektlederens jobcenter; styrelsen alle)");
        payments.MapPost("/", async (RequestPayment.Input input, RequestPayment slice, CancellationToken ct) => ApiResults.From(await slice.RunAsync(input, ct)))
            .RequireAuthorization(Policies.Grants).WithName("RequestPayment").WithSummary("Projektlederen anmoder om en udbetaling");
        payments.MapGet("/entitlement", async (Guid jobCentreId, DateOnly? asOf, Entitlement slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(jobCentreId, asOf, ct: ct), e => new EntitlementBody(e.JobCentreId, e.JobCentre, e.AsOf, e.Total, e.Paid, e.Rest,
                    e.Repayment, e.Entitled, e.Why, e.Finality.IsFinal, e.Finality.Missing().ToList())))
            .RequireAuthorization(Policies.Grants).RequireRateLimiting(Startup.RateLimits.Expensive).WithName("GetEntitlement").WithSummary("Hvad jobcenteret kan anmode om pr. dato, udbetalt og til tilbagebetaling");
        payments.MapPost("/{id:guid}/withdrawal", async (Guid id, WithdrawBody body, WithdrawPayment slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, body.Version, ct)))
            .RequireAuthorization(Policies.Grants).WithName("WithdrawPayment").WithSummary("Projektlederen trækker en anmodning tilbage, som styrelsen ikke har afgjort");
        payments.MapPost("/{id:guid}/decisions", async (Guid id, DecidePayment.Input input, DecidePayment slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, input, ct)))
            .RequireAuthorization(Policies.Agency).WithName("DecidePayment").WithSummary("Styrelsen godkender, afviser eller registrerer udbetalingen (med version)");
    }
}
