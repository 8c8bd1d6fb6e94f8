using Vc2.Money.Payments;
using Vc2.Web.Auth;

namespace Vc2.Web.Api;

/// <summary>Payment requests under <c>/api/v1/payments</c>: the same use cases as <c>/udbetalinger</c>.</summary>
public static class PaymentsApi
{
    public sealed record Event(PaymentStatus Status, DateTime AtUtc, string By, string? Comment);

    public sealed record Payment(Guid Id, Guid JobCentreId, string JobCentre, PaymentKind Kind, decimal Amount, PaymentStatus Status, string? AuditorApproval,
        string? Note, int Version, IReadOnlyList<Event> Events);

    public static void MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/api/v1/payments").WithTags("Udbetalinger");
        payments.MapGet("/", async (ListPayments slice, CancellationToken ct) => TypedResults.Ok((await slice.RunAsync(ct)).Select(r => new Payment(
                r.Request.Id, r.Request.JobCentreId, r.JobCentre, r.Request.Kind, r.Request.Amount, r.Request.Status, r.Request.AuditorApproval, r.Request.Note,
                r.Request.Version, r.Request.Events.OrderBy(e => e.AtUtc).Select(e => new Event(e.Status, e.AtUtc, e.By, e.Comment)).ToList())).ToList()))
            .RequireAuthorization(Policies.Grants).WithName("ListPayments").WithSummary("Udbetalingsanmodninger (projektlederens jobcenter; styrelsen alle)");
        payments.MapPost("/", async (RequestPayment.Input input, RequestPayment slice, CancellationToken ct) => ApiResults.From(await slice.RunAsync(input, ct)))
            .RequireAuthorization(Policies.Grants).WithName("RequestPayment").WithSummary("Projektlederen anmoder om en udbetaling");
        payments.MapPost("/{id:guid}/decisions", async (Guid id, DecidePayment.Input input, DecidePayment slice, CancellationToken ct) =>
                ApiResults.From(await slice.RunAsync(id, input, ct)))
            .RequireAuthorization(Policies.Agency).WithName("DecidePayment").WithSummary("Styrelsen godkender, afviser eller registrerer udbetalingen (med version)");
    }
}
