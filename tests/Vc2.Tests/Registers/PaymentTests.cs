using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Money.Grants;
using Vc2.Money.Payments;
using Vc2.Steering.Overview;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

/// <summary>Payments tied to the statement (ADR 0016): nothing above what the job centre is entitled to, one pending
/// request per kind, withdrawal, the final payment only on a final statement with the auditor's approval, and the
/// agency's override audited. Citizen A's course of 2014-03-01 – 2014-06-30 earns 4 × 1,500 = 6,000 kr.</summary>
public sealed class PaymentTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static async Task WithCourseAsync(TestApp app)
    {
        await using var scope = app.SystemScope(out var db);
        db.Placements.Add(new Placement
        {
            JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, CompanyId = app.Data.CompanyA, Start = new DateOnly(2014, 3, 1),
            PlannedEnd = new DateOnly(2014, 6, 30), ActualEnd = new DateOnly(2014, 6, 30), CreatedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static Task<Result<Guid>> RequestAsync(TestApp app, PaymentKind kind, decimal amount) =>
        app.AsAsync<RequestPayment, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(new RequestPayment.Input { Kind = kind, Amount = amount }));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Requests_above_the_entitlement_are_refused_with_the_amounts_and_one_request_per_kind_waits(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await WithCourseAsync(app);

        var entitled = Assert.IsType<Result<Entitlement.Output>.Ok>(await app.AsAsync<Entitlement, Result<Entitlement.Output>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA))).Value;
        Assert.Equal(825000m, entitled.Entitled[PaymentKind.FixedGrant]);
        Assert.Equal(6000m, entitled.Entitled[PaymentKind.Aconto]);
        Assert.Equal(0m, entitled.Entitled[PaymentKind.Final]);

        // The fixed grant is 825,000 in all: 900,000 is refused, naming both amounts.
        var tooMuch = Assert.IsType<Result<Guid>.Invalid>(await RequestAsync(app, PaymentKind.FixedGrant, 900000)).Errors["Amount"][0];
        Assert.Contains("900.000,00 kr.", tooMuch, StringComparison.Ordinal);
        Assert.Contains("højst 825.000,00 kr.", tooMuch, StringComparison.Ordinal);

        // In parts: 500,000 first; while it waits, no second request of the kind; withdrawn, the room is back.
        var first = Assert.IsType<Result<Guid>.Ok>(await RequestAsync(app, PaymentKind.FixedGrant, 500000)).Value;
        Assert.Contains("venter på styrelsen", Assert.IsType<Result<Guid>.Invalid>(await RequestAsync(app, PaymentKind.FixedGrant, 325000)).Errors["Kind"][0], StringComparison.Ordinal);
        Assert.IsType<Result<int>.Ok>(await app.AsAsync<WithdrawPayment, Result<int>>(app.Data.ProjectLeaderA, s => s.RunAsync(first, 1)));
        Assert.IsType<Result<int>.Invalid>(await app.AsAsync<WithdrawPayment, Result<int>>(app.Data.ProjectLeaderA, s => s.RunAsync(first, 2)));
        Assert.IsType<Result<int>.NotFound>(await app.AsAsync<WithdrawPayment, Result<int>>(app.Data.CaseworkerA, s => s.RunAsync(first, 2)));
        var fixedGrant = Assert.IsType<Result<Guid>.Ok>(await RequestAsync(app, PaymentKind.FixedGrant, 825000)).Value;

        // A conto: at most the accrued payable activity and result grant.
        var aconto = Assert.IsType<Result<Guid>.Invalid>(await RequestAsync(app, PaymentKind.Aconto, 2000000)).Errors["Amount"][0];
        Assert.Contains("2.000.000,00 kr.", aconto, StringComparison.Ordinal);
        Assert.Contains("højst 6.000,00 kr.", aconto, StringComparison.Ordinal);
        Assert.Contains("Aktivitets- og resultattilskud til udbetaling", aconto, StringComparison.Ordinal);
        Assert.IsType<Result<Guid>.Ok>(await RequestAsync(app, PaymentKind.Aconto, 6000));

        // The final payment: not before the statement is final, and never without the auditor's approval.
        var final = Assert.IsType<Result<Guid>.Invalid>(await RequestAsync(app, PaymentKind.Final, 1)).Errors["Amount"][0];
        Assert.Contains("når opgørelsen er endelig", final, StringComparison.Ordinal);
        Assert.Contains("revisors godkendelse er ikke registreret", final, StringComparison.Ordinal);
        Assert.Contains("ikke kontrolleret mod målgruppen", final, StringComparison.Ordinal);

        await using var check = app.SystemScope(out var db);
        var events = await db.PaymentRequests.Where(p => p.Id == first).SelectMany(p => p.Events).OrderBy(e => e.AtUtc).Select(e => e.Status).ToListAsync();
        Assert.Equal([PaymentStatus.Submitted, PaymentStatus.Withdrawn], events);
        Assert.Equal(PaymentStatus.Submitted, (await db.PaymentRequests.SingleAsync(p => p.Id == fixedGrant)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_sees_requested_entitled_and_paid_and_approves_above_the_entitlement_only_with_an_audited_reason(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await WithCourseAsync(app);
        Guid id;
        await using (var scope = app.SystemScope(out var db))
        {
            // A request made before VC2 checked entitlements (or by an old client): 2,000,000 a conto.
            var request = new PaymentRequest
            {
                JobCentreId = app.Data.CentreA, Kind = PaymentKind.Aconto, Amount = 2000000, Status = PaymentStatus.Submitted,
                Events = [new PaymentEvent { Status = PaymentStatus.Submitted, AtUtc = DateTime.UtcNow, By = "Projektleder A" }],
            };
            db.PaymentRequests.Add(request);
            await db.SaveChangesAsync();
            id = request.Id;
        }

        var agency = await app.LoginAsync(app.Data.Agency);
        var page = await agency.GetStringAsync($"/udbetalinger/{id}");
        Assert.Contains("2.000.000,00 kr.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"entitled\">6.000,00 kr.", page, StringComparison.Ordinal);
        Assert.Contains("Udbetalt i alt", page, StringComparison.Ordinal);

        var plain = await TestApp.PostFormAsync(agency, $"/udbetalinger/{id}", $"/udbetalinger/{id}",
            new Dictionary<string, string> { ["Decision.Status"] = "Approved", ["Decision.Version"] = "1" });
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Contains("kan højst få 6.000,00 kr.", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noReason = await TestApp.PostFormAsync(agency, $"/udbetalinger/{id}", $"/udbetalinger/{id}",
            new Dictionary<string, string> { ["Decision.Status"] = "Approved", ["Decision.Override"] = "true", ["Decision.Version"] = "1" });
        Assert.Contains("Skriv hvorfor der godkendes mere", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, $"/udbetalinger/{id}", $"/udbetalinger/{id}", new Dictionary<string, string>
        {
            ["Decision.Status"] = "Approved", ["Decision.Override"] = "true", ["Decision.OverrideReason"] = "Aftalt forskud, jf. brev af 1. marts", ["Decision.Version"] = "1",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(agency, "/udbetalinger", $"/udbetalinger/{id}",
            new Dictionary<string, string> { ["Decision.Status"] = "Paid", ["Decision.Version"] = "2" })).StatusCode);

        await using (var scope = app.SystemScope(out var db))
        {
            var paid = await db.PaymentRequests.SingleAsync(p => p.Id == id);
            Assert.Equal(PaymentStatus.Paid, paid.Status);
            Assert.Equal(6000m, paid.EntitledAtApproval);
            Assert.Equal("Aftalt forskud, jf. brev af 1. marts", paid.OverrideReason);
            var audit = await db.AuditEvents.IgnoreQueryFilters().Where(a => a.Detail!.StartsWith("Udbetaling godkendt over det berettigede")).SingleAsync();
            Assert.Contains("berettiget 6.000,00 kr.", audit.Detail, StringComparison.Ordinal);
            Assert.Equal(app.Data.CentreA, audit.JobCentreId);
        }

        Assert.Contains("Godkendt over det berettigede", await agency.GetStringAsync("/udbetalinger"), StringComparison.Ordinal);

        // Paid 2,000,000 against a total of 825,000 + 6,000: 1,169,000 to repay, on the national overview and the statement.
        var overview = Assert.IsType<Result<ProgrammeOverview.Output>.Ok>(
            await app.AsAsync<ProgrammeOverview, Result<ProgrammeOverview.Output>>(app.Data.Agency, s => s.RunAsync())).Value.Rows;
        var a = overview.Single(r => r.Id == app.Data.CentreA);
        Assert.Equal(6000m, a.ActivityAndResultPayable);
        Assert.Equal(2000000m, a.Paid);
        Assert.Equal(1169000m, a.Repayment);
        Assert.Equal(0m, overview.Single(r => r.Id == app.Data.CentreB).Repayment);
        Assert.Contains("Tilbagebetales: 1.169.000,00 kr.", await agency.GetStringAsync("/jobcentre"), StringComparison.Ordinal);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Contains("Skal tilbagebetales", await leader.GetStringAsync("/tilskud"), StringComparison.Ordinal);
        Assert.Contains("id=\"repayment\">1.169.000,00 kr.", await leader.GetStringAsync("/udbetalinger"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_request_form_is_filled_in_with_the_entitlement_and_the_api_follows_the_same_rules(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await WithCourseAsync(app);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var form = await leader.GetStringAsync("/udbetalinger?art=Aconto");
        Assert.Contains("value=\"6000", form, StringComparison.Ordinal);
        Assert.Contains("<option selected=\"selected\" value=\"Aconto\">", form, StringComparison.Ordinal);

        var bad = await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "Aconto", amount = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Beløbet skal være over 0 kr.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fixedTooMuch = await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "FixedGrant", amount = 900000m });
        Assert.Equal(HttpStatusCode.BadRequest, fixedTooMuch.StatusCode);
        Assert.Contains("højst 825.000,00 kr.", await fixedTooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var above = await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "Aconto", amount = 6000.01m });
        Assert.Equal(HttpStatusCode.BadRequest, above.StatusCode);
        Assert.Contains("højst 6.000,00 kr.", await above.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entitlement = await leader.GetStringAsync($"/api/v1/payments/entitlement?jobCentreId={app.Data.CentreA}");
        Assert.Contains("\"Aconto\":6000", entitlement, StringComparison.Ordinal);
        Assert.Contains("\"final\":false", entitlement, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoginAsync(app.Data.CaseworkerB)).GetAsync($"/api/v1/payments/entitlement?jobCentreId={app.Data.CentreA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/payments/entitlement?jobCentreId={app.Data.CentreB}")).StatusCode);

        var created = await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "Aconto", amount = 6000m, note = "Midtvejs" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = await created.Content.ReadFromJsonAsync<Guid>();
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/payments/{id}/decisions", new { status = "Approved", version = 1 })).StatusCode);
        var agency = await app.LoginAsync(app.Data.Agency);
        Assert.Equal(HttpStatusCode.OK, (await agency.PostAsJsonAsync($"/api/v1/payments/{id}/decisions", new { status = "Approved", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await agency.PostAsJsonAsync($"/api/v1/payments/{id}/decisions", new { status = "Paid", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.PostAsJsonAsync($"/api/v1/payments/{id}/decisions", new { status = "Paid", version = 2 })).StatusCode);

        // Paid a conto feeds the balance (R12).
        var statement = await app.AsAsync<ComputeStatement, ComputeStatement.Output>(app.Data.ProjectLeaderA, s => s.RunAsync(new DateOnly(2015, 6, 30)));
        var centre = Assert.Single(statement.Statement.JobCentres);
        Assert.Equal(6000m, centre.AcontoPaid);
        Assert.Equal(825000m, centre.Balance);

        // Withdrawal through the API, only while the agency has not decided.
        var second = await (await leader.PostAsJsonAsync("/api/v1/payments", new { kind = "FixedGrant", amount = 100000m })).Content.ReadFromJsonAsync<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/v1/payments/{second}/withdrawal", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsJsonAsync($"/api/v1/payments/{id}/withdrawal", new { version = 3 })).StatusCode);
        var list = await leader.GetStringAsync("/api/v1/payments");
        Assert.Contains("\"status\":\"Withdrawn\"", list, StringComparison.Ordinal);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/api/v1/payments")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_auditors_approval_is_registered_with_its_pdf_kept_and_other_files_are_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Task<Result<Guid>> Register(byte[] file, string name, DateOnly on) => app.AsAsync<RegisterAuditorApproval, Result<Guid>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(new RegisterAuditorApproval.Input { Auditor = "Revisionsfirmaet Tal & Tro", ApprovedOn = on }, new MemoryStream(file), name));

        Assert.Equal("Filen er ikke en PDF. Vælg revisorerklæringen som PDF.",
            Assert.IsType<Result<Guid>.Invalid>(await Register("MZ\u0090 not a pdf"u8.ToArray(), "virus.exe", new DateOnly(2016, 5, 1))).Errors["Document"][0]);
        Assert.Contains("Filen er tom", Assert.IsType<Result<Guid>.Invalid>(await Register([], "tom.pdf", new DateOnly(2016, 5, 1))).Errors["Document"][0], StringComparison.Ordinal);
        Assert.Contains("over 10 MB", Assert.IsType<Result<Guid>.Invalid>(await Register([.. "%PDF-"u8, .. new byte[AuditorApproval.MaxDocumentBytes]], "stor.pdf", new DateOnly(2016, 5, 1))).Errors["Document"][0], StringComparison.Ordinal);
        Assert.Contains("fremtiden", Assert.IsType<Result<Guid>.Invalid>(await Register("%PDF-1.4 ok"u8.ToArray(), "r.pdf", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5))).Errors["ApprovedOn"][0], StringComparison.Ordinal);
        var pdf = "%PDF-1.4\n% revisorerklæring\n"u8.ToArray();
        var id = Assert.IsType<Result<Guid>.Ok>(await Register(pdf, "../../revisor.pdf", new DateOnly(2016, 5, 1))).Value;

        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Contains("Revisionsfirmaet Tal &amp; Tro", await leader.GetStringAsync("/udbetalinger/revisor"), StringComparison.Ordinal);
        var document = await leader.GetAsync($"/udbetalinger/revisor?handler=Document&id={id}");
        Assert.Equal("application/pdf", document.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await document.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.LoginAsync(app.Data.CaseworkerB)).GetAsync($"/udbetalinger/revisor?handler=Document&id={id}")).StatusCode);
        Assert.Contains("Revisionsfirmaet", await (await app.LoginAsync(app.Data.Agency)).GetStringAsync("/udbetalinger/revisor"), StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        var kept = await db.AuditorApprovals.SingleAsync();
        Assert.Equal("revisor.pdf", kept.DocumentName);
        Assert.Equal("Projektleder A", kept.RegisteredBy);
        var statement = await app.AsAsync<ComputeStatement, ComputeStatement.Output>(app.Data.ProjectLeaderA, s => s.RunAsync(new DateOnly(2016, 6, 30)));
        Assert.True(statement.Finality["101"].AuditorApproved);
        Assert.False(statement.Finality["101"].IsFinal);
    }
}
