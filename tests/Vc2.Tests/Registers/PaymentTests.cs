using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.Money.Payments;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

public sealed class PaymentTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_paid_aconto_request_feeds_the_balance_and_every_state_change_is_recorded(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var sent = await TestApp.PostFormAsync(leader, "/udbetalinger", "/udbetalinger", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Aconto", ["Input.Amount"] = "300.000,00", ["Input.AuditorApproval"] = "", ["Input.Note"] = "Midtvejs",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        Guid id;
        await using (var scope = app.SystemScope(out var db))
        {
            var request = await db.PaymentRequests.SingleAsync();
            (id, var amount) = (request.Id, request.Amount);
            Assert.Equal(300000m, amount);
        }

        // A project leader cannot decide; the agency approves, then pays.
        var denied = await TestApp.PostFormAsync(leader, "/udbetalinger", $"/udbetalinger/{id}", new Dictionary<string, string> { ["Decision.Status"] = "Paid", ["Decision.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/adgang-naegtet", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var agency = await app.LoginAsync(app.Data.Agency);
        var skip = await TestApp.PostFormAsync(agency, "/udbetalinger", $"/udbetalinger/{id}", new Dictionary<string, string> { ["Decision.Status"] = "Paid", ["Decision.Version"] = "1" });
        Assert.Contains("kan ikke blive", await skip.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, "/udbetalinger", $"/udbetalinger/{id}", new Dictionary<string, string> { ["Decision.Status"] = "Approved", ["Decision.Version"] = "1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, "/udbetalinger", $"/udbetalinger/{id}", new Dictionary<string, string> { ["Decision.Status"] = "Paid", ["Decision.Version"] = "2" })).StatusCode);

        var statement = await app.AsAsync<ComputeStatement, ComputeStatement.Output>(app.Data.ProjectLeaderA, s => s.RunAsync(new DateOnly(2015, 6, 30)));
        var centre = Assert.Single(statement.Statement.JobCentres);
        Assert.Equal(300000m, centre.AcontoPaid);
        Assert.Equal(825000m - 300000m, centre.Balance);

        await using var check = app.SystemScope(out var db2);
        var events = await db2.PaymentRequests.Where(p => p.Id == id).SelectMany(p => p.Events).OrderBy(e => e.AtUtc).ToListAsync();
        Assert.Equal([PaymentStatus.Submitted, PaymentStatus.Approved, PaymentStatus.Paid], events.Select(e => e.Status));
        Assert.Equal(["Projektleder A", "Styrelsen", "Styrelsen"], events.Select(e => e.By));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_fixed_grant_is_requested_once_and_the_final_payment_needs_the_auditors_approval(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Task<Result<Guid>> Request(RequestPayment.Input input) => app.AsAsync<RequestPayment, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(input));

        Assert.IsType<Result<Guid>.Ok>(await Request(new RequestPayment.Input { Kind = PaymentKind.FixedGrant, Amount = 825000 }));
        var twice = await Request(new RequestPayment.Input { Kind = PaymentKind.FixedGrant, Amount = 825000 });
        Assert.Contains("Der er allerede anmodet om denne udbetaling.", Assert.IsType<Result<Guid>.Invalid>(twice).Errors["Kind"]);

        var final = await Request(new RequestPayment.Input { Kind = PaymentKind.Final, Amount = 12000 });
        Assert.StartsWith("Slutudbetalingen kræver revisorgodkendelse", Assert.IsType<Result<Guid>.Invalid>(final).Errors["AuditorApproval"][0], StringComparison.Ordinal);
        Assert.IsType<Result<Guid>.Ok>(await Request(new RequestPayment.Input { Kind = PaymentKind.Final, Amount = 12000, AuditorApproval = "Revisorerklæring 2016-17" }));

        var caseworker = await app.AsAsync<RequestPayment, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(new RequestPayment.Input { Kind = PaymentKind.Aconto, Amount = 1 }));
        Assert.IsType<Result<Guid>.Invalid>(caseworker);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_api_requests_lists_and_decides_payments_with_the_same_rules_as_the_pages(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var bad = await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "Aconto", amount = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Beløbet skal være over 0 kr.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "Aconto", amount = 300000m, note = "Midtvejs" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = await created.Content.ReadFromJsonAsync<Guid>();
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/payments/{id}/decisions", new { status = "Approved", version = 1 })).StatusCode);

        var agency = await app.LoginAsync(app.Data.Agency);
        Assert.Equal(HttpStatusCode.OK, (await agency.PostAsJsonAsync($"/api/v1/payments/{id}/decisions", new { status = "Approved", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await agency.PostAsJsonAsync($"/api/v1/payments/{id}/decisions", new { status = "Paid", version = 1 })).StatusCode);

        var list = await leader.GetStringAsync("/api/v1/payments");
        Assert.Contains("\"status\":\"Approved\"", list, StringComparison.Ordinal);
        Assert.Contains("\"version\":2", list, StringComparison.Ordinal);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/v1/payments")).StatusCode);
    }
}
