using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Progress;
using Vc2.Money.Payments;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;
using static Vc2.Tests.Progress.ProgressTestData;

namespace Vc2.Tests.Platform;

/// <summary>
/// ADR 0018: bad input never breaks, poisons or leaks. For every write operation in the OpenAPI document and every form
/// on the pages, bad values are sent one field at a time — wrong types, extremes, undefined enum numbers, nulls,
/// 100 KB strings, broken JSON — and for the API's query values the same. Every answer must be below 500; every
/// refusal (4xx, or a form shown again with its errors) must leave every table's row count as it was; afterwards every
/// page of every record in the database still renders. The counts are written to the test output (and to the file in
/// <c>VC2_FUZZ_REPORT</c>, which test.sh prints).
/// </summary>
public sealed partial class FuzzTests
{
    private const int MinimumRequests = 5000;

    private enum Who { CaseworkerA, CaseworkerB, LeaderA, Agency, Evaluator, MentorA, CitizenA, Anonymous }

    private sealed class Tally
    {
        public int Requests { get; set; }

        public int Accepted { get; set; }

        public int Refused { get; set; }

        public List<string> Failures { get; } = [];
    }

    /// <summary>Values that are wrong for most fields, and right for some (a plain string, a number): the app must
    /// answer each with a clear 4xx, or accept it when it is valid — never 500.</summary>
    private static readonly JsonNode?[] BadValues =
    [
        null, true, false, new JsonArray(), new JsonObject(), "", " ", new string('x', 100_000), "\u0000\u202e<script>alert(1)</script>' OR 1=1 --",
        "😀 æøå ÆØÅ", 0, -1, 1.5, 99, -99, 2147483648L, -2147483649L, 1e308, -1e308, JsonNode.Parse("79228162514264337593543950336"),
        JsonNode.Parse("1e400"), "9999-12-31", "0001-01-01", "2026-02-30", "31-12-2026", "ikke en dato", "00000000-0000-0000-0000-000000000000",
        Guid.NewGuid().ToString(), "ukendt", "NaN", "Infinity", "0102701232", new JsonArray(1, "to", null), JsonNode.Parse("""{"$ref":"#"}"""),
    ];

    /// <summary>Bodies that are not a readable request at all.</summary>
    private static readonly (string Body, string ContentType)[] BadBodies =
    [
        ("", "application/json"), ("{", "application/json"), ("}", "application/json"), ("[]", "application/json"), ("null", "application/json"),
        ("\"tekst\"", "application/json"), ("42", "application/json"), ("""{"ukendtFelt":1}""", "application/json"),
        (new string('[', 5000) + new string(']', 5000), "application/json"), ("{\"a\":\"\\ud800\"}", "application/json"),
        ("\uFEFF{}", "application/json"), ("{}", "text/plain"), ("<xml/>", "application/xml"), ("{}", "application/json; charset=utf-16"),
        ("{" + string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"f{i}\":{i}")) + "}", "application/json"),
    ];

    /// <summary>Bad values for a form field (a form posts text only).</summary>
    private static readonly string[] BadFormValues =
    [
        "", " ", new string('x', 100_000), "-1", "99999999999999999999999999999", "1e309", "1,5", "abc", "2026-13-45", "31-12-2026", "0001-01-01",
        "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "😀", "00000000-0000-0000-0000-000000000000", "true", "99",
    ];

    [Fact]
    public async Task Bad_input_to_every_write_answers_below_500_writes_nothing_when_refused_and_leaves_every_page_rendering()
    {
        var clock = Stopwatch.StartNew();
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var ids = await ArrangeAsync(app);
        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.CaseworkerA] = await app.LoginAsync(app.Data.CaseworkerA),
            [Who.CaseworkerB] = await app.LoginAsync(app.Data.CaseworkerB),
            [Who.LeaderA] = await app.LoginAsync(app.Data.ProjectLeaderA),
            [Who.Agency] = await app.LoginAsync(app.Data.Agency),
            [Who.Evaluator] = await app.LoginAsync(app.Data.Evaluator),
            [Who.MentorA] = await app.LoginAsync(app.Data.MentorA),
            [Who.CitizenA] = await app.LoginAsync(app.Data.CitizenUserA),
            [Who.Anonymous] = app.Anonymous(),
        };
        var document = JsonNode.Parse(await clients[Who.Anonymous].GetStringAsync("/openapi/v1.json"))!;
        var tally = new Tally();
        var counts = new RowCounts(app);

        var writes = 0;
        foreach (var (path, method, operation) in Operations(document))
        {
            var (who, url) = Target(path, ids);
            if (method is "post" or "put" && Schema(document, operation?["requestBody"]?["content"]?["application/json"]?["schema"]) is { } schema)
            {
                writes++;
                await ApiWritesAsync(clients[who], new HttpMethod(method.ToUpperInvariant()), url, schema, document, ids, counts, tally);
            }
            else if (method == "get")
            {
                await ApiQueriesAsync(clients[who], url, operation, tally);
            }
        }

        var forms = 0;
        foreach (var (who, page) in FormPages(ids))
        {
            forms += await FormsAsync(clients[who], page, counts, tally);
        }

        var unrendered = await EveryPageRendersAsync(app, clients);
        var report = $"Fuzz: {tally.Requests} requests ({writes} API writes, {forms} page forms), {tally.Accepted} accepted (2xx/3xx), "
                     + $"{tally.Refused} refused (4xx), {tally.Failures.Count(f => f.Contains(" 5", StringComparison.Ordinal))} answers >= 500, "
                     + $"{unrendered.Count} pages that no longer render, {clock.Elapsed.TotalSeconds:0} s.";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        if (Environment.GetEnvironmentVariable("VC2_FUZZ_REPORT") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, report + Environment.NewLine);
        }

        Assert.True(tally.Failures.Count == 0 && unrendered.Count == 0, report + "\n" + string.Join('\n', tally.Failures.Take(40).Concat(unrendered)));
        Assert.True(tally.Requests >= MinimumRequests, report);
        Assert.True(writes >= 24, $"Only {writes} write operations in the document.");
    }

    private sealed record Ids(Guid CitizenA, Guid CompanyA, Guid CentreA, Guid PlacementB, Guid AgreementB, Guid Payment, Guid MentorRequest, string Token,
        Guid CaseworkerA, Guid MentorOfCompanyA, Guid ContractA, Guid AgreementA, Guid Snapshot);

    private static async Task<Ids> ArrangeAsync(TestApp app)
    {
        var placementA = await StartPlacementAAsync(app, daysAgo: 60);
        // The parties' forms (ADR 0023): an agreement for A to accept, an exit strategy to comment on, a meeting to answer.
        var agreementA = Assert.IsType<Result<Vc2.CaseWork.Agreements.SaveAgreement.Output>.Ok>(await app.AsAsync<Vc2.CaseWork.Agreements.SaveAgreement, Result<Vc2.CaseWork.Agreements.SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(placementA, new Vc2.CaseWork.Agreements.SaveAgreement.Input { LongTermGoal = "a", PlacementGoal = "b", TasksAndHours = "c", MentorRole = "d", SubGoals = "e" }))).Value.Id;
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<Vc2.CaseWork.Citizens.ReviseExitStrategy, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new Vc2.CaseWork.Citizens.ReviseExitStrategy.Input { Target = Vc2.CaseWork.Citizens.ExitTarget.Education, Steps = "Trin" })));
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<Vc2.Steering.MentorNetwork.RecordMentorActivity, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA,
            Vc2.Steering.MentorNetwork.RecordMentorActivity.Kind.Meeting, new Vc2.Steering.MentorNetwork.RecordMentorActivity.Input { Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20), Content = "Møde", InviteMentors = false })));
        var request = Assert.IsType<Result<InviteRespondent.Output>.Ok>(await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new InviteRespondent.Input(Respondent.Mentor, DeliveryChannel.None)))).Value.RequestId;
        Assert.IsType<Result<InviteRespondent.Output>.Ok>(await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new InviteRespondent.Input(Respondent.Citizen, DeliveryChannel.Sms))));
        var payment = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<RequestPayment, Result<Guid>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(new RequestPayment.Input { Kind = PaymentKind.FixedGrant, Amount = 1000 }))).Value;
        // A plan version for the plan dialogue's forms (ADR 0024).
        Assert.IsType<Result<int>.Ok>(await app.AsAsync<Vc2.Steering.Organisation.SaveProjectPlan, Result<int>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA,
            new Vc2.Steering.Organisation.SaveProjectPlan.Input
            {
                ProjectLeader = "Pia", Purpose = "a", SuccessCriteria = "b", Activities = "c", Results = "d", Timeline = "e", ResponsibilityPerHoldepunkt = "f",
                Referral = "g", CompanyKinds = "h", Organisation = "i", LeadershipAndRehabilitationTeam = "j",
            })));
        await using var scope = app.SystemScope(out var db);
        var token = TokenIn(Sent(await db.Outbox.SingleAsync(m => m.Purpose.StartsWith("Progressionsmåling"))));
        // An evaluation snapshot for the evaluators' assessment form (ADR 0026).
        var snapshot = ((Result<Guid>.Ok)await app.AsAsync<Vc2.Steering.Evaluation.CreateEvaluationSnapshot, Result<Guid>>(app.Data.Agency,
            s => s.RunAsync(Vc2.Steering.Evaluation.EvaluationKind.Midway))).Value;
        return new Ids(app.Data.CitizenA, app.Data.CompanyA, app.Data.CentreA, app.Data.PlacementB, app.Data.AgreementB, payment, request, token,
            app.Data.CaseworkerA, app.Data.MentorOfCompanyA, app.Data.ContractA, agreementA, snapshot);
    }

    /// <summary>Who may call an operation, and its address with the ids of records that exist (so the bad values reach
    /// the use case, past the 404 of a record that is not there).</summary>
    private static (Who Who, string Url) Target(string path, Ids ids)
    {
        var who = path switch
        {
            _ when path.StartsWith("/api/v1/placements/", StringComparison.Ordinal) || path.StartsWith("/api/v1/agreements/", StringComparison.Ordinal) => Who.CaseworkerB,
            _ when path.StartsWith("/api/v1/payments/{id}/decisions", StringComparison.Ordinal) || path.StartsWith("/api/v1/job-centres", StringComparison.Ordinal)
                   || path.StartsWith("/api/v1/programme", StringComparison.Ordinal) || path == "/api/v1/job-centres/overview" => Who.Agency,
            _ when path.StartsWith("/api/v1/payments", StringComparison.Ordinal) || path.StartsWith("/api/v1/grants", StringComparison.Ordinal)
                   || path.StartsWith("/api/v1/audit", StringComparison.Ordinal) || path.StartsWith("/api/v1/staff", StringComparison.Ordinal)
                   || path.StartsWith("/api/v1/progress/", StringComparison.Ordinal) => Who.LeaderA,
            _ when path.StartsWith("/api/v1/me/measurements", StringComparison.Ordinal) => Who.MentorA,
            _ => Who.CaseworkerA,
        };
        var id = path switch
        {
            _ when path.StartsWith("/api/v1/citizens/", StringComparison.Ordinal) || path.StartsWith("/api/v1/grants/citizens/", StringComparison.Ordinal) => ids.CitizenA.ToString(),
            _ when path.StartsWith("/api/v1/companies/", StringComparison.Ordinal) => ids.CompanyA.ToString(),
            _ when path.StartsWith("/api/v1/placements/", StringComparison.Ordinal) => ids.PlacementB.ToString(),
            _ when path.StartsWith("/api/v1/agreements/", StringComparison.Ordinal) => ids.AgreementB.ToString(),
            _ when path.StartsWith("/api/v1/payments/", StringComparison.Ordinal) => ids.Payment.ToString(),
            _ when path.StartsWith("/api/v1/me/measurements/", StringComparison.Ordinal) => ids.MentorRequest.ToString(),
            _ => ids.CentreA.ToString(),
        };
        return (who, path.Replace("{id}", id, StringComparison.Ordinal));
    }

    private static async Task ApiWritesAsync(HttpClient client, HttpMethod method, string url, JsonObject schema, JsonNode document, Ids ids, RowCounts counts, Tally tally)
    {
        var baseline = Valid(schema, document, ids);
        var properties = schema["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        foreach (var property in properties)
        {
            foreach (var bad in BadValues)
            {
                var body = (JsonObject)baseline.DeepClone();
                body[property] = bad?.DeepClone();
                await SendAsync(client, method, url, body.ToJsonString(), "application/json", $"{property}={Describe(bad)}", counts, tally);
            }
        }

        // The field left out, and the whole body unreadable.
        foreach (var property in properties)
        {
            var body = (JsonObject)baseline.DeepClone();
            body.Remove(property);
            await SendAsync(client, method, url, body.ToJsonString(), "application/json", $"{property} left out", counts, tally);
        }

        foreach (var (body, contentType) in BadBodies)
        {
            await SendAsync(client, method, url, body, contentType, $"body {Describe(body)} as {contentType}", counts, tally);
        }

        // The same, for a record that does not exist.
        await SendAsync(client, method, Regex.Replace(url, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Guid.NewGuid().ToString()),
            baseline.ToJsonString(), "application/json", "unknown id", counts, tally);
    }

    private static async Task ApiQueriesAsync(HttpClient client, string url, JsonNode? operation, Tally tally)
    {
        var names = operation?["parameters"]?.AsArray().Where(p => p?["in"]?.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()).ToList() ?? [];
        foreach (var name in names)
        {
            foreach (var bad in BadFormValues.Where(v => v.Length < 5000 && !v.Contains("0102", StringComparison.Ordinal)))
            {
                var response = await client.GetAsync($"{url}?{name}={Uri.EscapeDataString(bad)}");
                Count(tally, response.StatusCode, $"GET {url}?{name}={Describe(bad)}");
            }
        }
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string url, string body, string contentType, string what, RowCounts counts, Tally tally)
    {
        var before = await counts.ReadAsync();
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.SendAsync(request);
        Count(tally, response.StatusCode, $"{method} {url} {what}");
        if ((int)response.StatusCode is >= 400 and < 500 && await counts.ReadAsync() is var after && after != before)
        {
            tally.Failures.Add($"{method} {url} {what}: refused with {(int)response.StatusCode} but rows changed ({RowCounts.Difference(before, after)})");
        }
    }

    private static void Count(Tally tally, HttpStatusCode status, string what)
    {
        tally.Requests++;
        switch ((int)status)
        {
            case >= 500:
                tally.Failures.Add($"{what}: {(int)status}");
                break;
            case >= 400:
                tally.Refused++;
                break;
            default:
                tally.Accepted++;
                break;
        }
    }

    /// <summary>The pages with forms, and who fills them in.</summary>
    private static async Task<List<string>> EveryPageRendersAsync(TestApp app, Dictionary<Who, HttpClient> clients)
    {
        await using var scope = app.SystemScope(out var db);
        Who Of(Guid centre) => centre == app.Data.CentreA ? Who.CaseworkerA : Who.CaseworkerB;
        var pages = new List<(Who, string)>();
        foreach (var c in await db.Citizens.Select(c => new { c.Id, c.JobCentreId }).ToListAsync())
        {
            pages.AddRange([(Of(c.JobCentreId), $"/borgere/{c.Id}"), (Of(c.JobCentreId), $"/borgere/{c.Id}/progression"), (Of(c.JobCentreId), $"/api/v1/citizens/{c.Id}/case")]);
        }

        pages.AddRange((await db.Placements.Select(p => new { p.Id, p.JobCentreId }).ToListAsync()).Select(p => (Of(p.JobCentreId), $"/forloeb/{p.Id}")));
        pages.AddRange((await db.Agreements.Select(a => new { a.Id, a.JobCentreId }).ToListAsync()).Select(a => (Of(a.JobCentreId), $"/aftaler/{a.Id}")));
        pages.AddRange((await db.Companies.Select(c => new { c.Id, c.JobCentreId }).ToListAsync()).Select(c => (Of(c.JobCentreId), $"/virksomheder/{c.Id}")));
        pages.AddRange((await db.PaymentRequests.Select(p => p.Id).ToListAsync()).Select(id => (Who.Agency, $"/udbetalinger/{id}")));
        pages.AddRange([(Who.CaseworkerA, "/borgere"), (Who.CaseworkerA, "/mine-borgere"), (Who.CaseworkerA, "/virksomheder"), (Who.LeaderA, "/tilskud"),
            (Who.LeaderA, "/udbetalinger"), (Who.LeaderA, "/holdepunkter"), (Who.LeaderA, "/projekt"), (Who.LeaderA, "/mentornetvaerk"), (Who.LeaderA, "/udbakke"),
            (Who.Agency, "/udbetalinger"), (Who.Agency, "/program"), (Who.Agency, "/jobcentre"), (Who.Agency, $"/program/jobcenter/{app.Data.CentreA}"),
            (Who.MentorA, "/mine-maalinger"), (Who.MentorA, "/mentor"), (Who.CitizenA, "/mit-forloeb"), (Who.Agency, "/program/aftaleskabelon"), (Who.Agency, "/program/maaleinstrument"),
            (Who.Agency, $"/projekt/gennemgang?jobcenter={app.Data.CentreA}"), (Who.LeaderA, "/api/v1/payments"), (Who.CaseworkerA, "/api/v1/citizens"), (Who.CaseworkerA, "/api/v1/companies")]);
        var failed = new List<string>();
        foreach (var (who, url) in pages)
        {
            var response = await clients[who].GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failed.Add($"GET {url} as {who}: {(int)response.StatusCode}");
            }
        }

        return failed;
    }

    private static IEnumerable<(string Path, string Method, JsonNode? Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key, m.Value)));

    private static JsonObject? Schema(JsonNode document, JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference ? document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject() : schema as JsonObject;

    /// <summary>A body the operation could accept: each property with a plausible value of its type.</summary>
    private static JsonObject Valid(JsonObject schema, JsonNode document, Ids ids)
    {
        var body = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            body[name] = ValidValue(name, property!, document, ids);
        }

        return body;
    }

    private static JsonNode? ValidValue(string name, JsonNode property, JsonNode document, Ids ids)
    {
        var target = property["oneOf"]?.AsArray().Select(o => o!).FirstOrDefault(o => o["$ref"] is not null) ?? property;
        if (Schema(document, target) is { } resolved && resolved["enum"] is JsonArray names)
        {
            return names[0]!.DeepClone();
        }

        if (target["$ref"] is not null && Schema(document, target) is { } nested && nested["properties"] is not null)
        {
            return Valid(nested, document, ids);
        }

        var type = property["type"]?.ToJsonString() ?? "";
        var format = property["format"]?.GetValue<string>();
        var lower = name.ToLowerInvariant();
        return format switch
        {
            "date" => DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "date-time" => DateTime.UtcNow.ToString("O"),
            "uuid" when lower.Contains("jobcentre", StringComparison.Ordinal) => ids.CentreA.ToString(),
            "uuid" when lower.Contains("caseworker", StringComparison.Ordinal) => ids.CaseworkerA.ToString(),
            "uuid" when lower.Contains("company", StringComparison.Ordinal) => ids.CompanyA.ToString(),
            "uuid" when lower.Contains("mentor", StringComparison.Ordinal) => ids.MentorOfCompanyA.ToString(),
            "uuid" when lower.Contains("contract", StringComparison.Ordinal) => ids.ContractA.ToString(),
            "uuid" => Guid.NewGuid().ToString(),
            _ when type.Contains("integer", StringComparison.Ordinal) || type.Contains("number", StringComparison.Ordinal) => 1,
            _ when type.Contains("boolean", StringComparison.Ordinal) => false,
            _ when type.Contains("array", StringComparison.Ordinal) => new JsonArray(),
            _ when type.Contains("object", StringComparison.Ordinal) => new JsonObject(),
            _ => "Test",
        };
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string { Length: > 40 } s => $"«{s.Length} tegn»",
        JsonNode node when node.ToJsonString() is { Length: > 40 } json => $"«{json.Length} tegn JSON»",
        JsonNode node => node.ToJsonString(),
        _ => value.ToString() ?? "",
    };

    /// <summary>The number of rows in every table (the audit log aside: a refused form shown again is a read, and reads
    /// are logged; and the national figures and leases, which the background worker writes), read in one statement.</summary>
    private sealed class RowCounts(TestApp app)
    {
        private string? _sql;
        private string[] _tables = [];

        public async Task<string> ReadAsync()
        {
            await using var scope = app.SystemScope(out var db);
            if (_sql is null)
            {
                _tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
                    .Where(t => t is not "AuditEvents" and not "DataProtectionKeys" and not "JobCentreFigures" and not "Leases").Order(StringComparer.Ordinal).ToArray();
                _sql = "SELECT " + string.Join(" || ',' || ", _tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")")) + " AS \"Value\"";
            }

            var counts = await db.Database.SqlQueryRaw<string>(_sql).SingleAsync();
            return string.Join(',', _tables.Zip(counts.Split(','), (t, n) => $"{t}={n}"));
        }

        public static string Difference(string before, string after) =>
            string.Join(", ", before.Split(',').Zip(after.Split(',')).Where(p => p.First != p.Second).Select(p => $"{p.First} → {p.Second.Split('=')[1]}"));
    }
}
