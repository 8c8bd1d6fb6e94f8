using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Steering.Evaluation;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Evaluation;

/// <summary>The agency's import of the register comparison group (ADR 0026, section 3): participants are left out by
/// their pseudonym, no CPR number is kept, a bad file changes nothing, and only the agency imports.</summary>
public sealed class ComparisonExtractTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string Key = "evaluatorernes-hemmelige-noegle";
    private const string Header = "PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;y_1401;y_1402;y_1403";

    private static string P(string cprDigits) => Pseudonyms.Of(Encoding.UTF8.GetBytes(Key), Cpr.Parse(cprDigits));

    /// <summary>Two participants of job centre Alfa (101), three comparison persons there, one in a municipality outside
    /// the programme.</summary>
    private static string GoodFile() => string.Join('\n',
        Header,
        $"{P(TestData.CprA)};101;1970;M;140;140;140",
        $"{P(TestData.CprB)};202;1988;K;130;130;",
        $"{P("0101801111")};101;1980;K;140;140;",
        $"{P("0202821112").ToUpperInvariant()};101;1982;M;130;;210",
        $"{P("0303831113")};202;1983;K;130;160;160",
        $"{P("0404841114")};999;1984;M;130;130;130",
        string.Empty);

    private static async Task<Result<ImportComparisonExtract.Report>> ImportAsync(TestApp app, string content, string key = Key, Guid? user = null) =>
        await app.AsAsync<ImportComparisonExtract, Result<ImportComparisonExtract.Report>>(user ?? app.Data.Agency,
            s => s.RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), "sammenligning.csv", key));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_extract_keeps_the_comparison_persons_without_participants_or_cpr_numbers_and_replaces_the_old_one(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var report = Assert.IsType<Result<ImportComparisonExtract.Report>.Ok>(await ImportAsync(app, GoodFile())).Value;

        Assert.Equal(3, report.Persons);
        Assert.Equal(2, report.ParticipantsRemoved);
        Assert.Equal(1, report.OutsideProgramme);
        await using (var scope = app.SystemScope(out var db))
        {
            var persons = await db.ComparisonPersons.OrderBy(p => p.BirthYear).ToListAsync();
            Assert.Equal([1980, 1982, 1983], persons.Select(p => p.BirthYear));
            // What is stored is keyed again with VC2's lookup key: the holders of the export key cannot rebuild it from
            // CPR numbers. Upper case hex is read as the same pseudonym.
            var protector = scope.ServiceProvider.GetRequiredService<CprProtector>();
            Assert.Equal(protector.Rekey(ImportComparisonExtract.RekeyPurpose, P("0202821112")), persons[1].Pseudonym);
            Assert.DoesNotContain(persons, p => GoodFile().Contains(p.Pseudonym, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(new byte[] { (byte)Vc2.Rules.Model.BenefitCategory.Kontanthjaelp, 0, (byte)Vc2.Rules.Model.BenefitCategory.Su }, persons[1].Weeks);
            Assert.DoesNotContain(persons, p => p.Pseudonym == P(TestData.CprA) || p.Pseudonym == P(TestData.CprB));
            var extract = await db.ComparisonExtracts.SingleAsync();
            Assert.Equal(64, extract.FileHash.Length);
            Assert.Equal(Pseudonyms.Fingerprint(Encoding.UTF8.GetBytes(Key)), extract.KeyFingerprint);
            // Pseudonymising the participants decrypted their CPR numbers: each job centre's access log says so.
            Assert.True(await db.AuditEvents.AnyAsync(e => e.JobCentreId == app.Data.CentreA && e.Detail!.Contains("sammenligningsgruppen")));
        }

        // A second extract replaces the first.
        var second = string.Join('\n', Header, $"{P(TestData.CprB)};202;1988;K;130;130;", $"{P("0505851115")};202;1985;K;130;130;130");
        Assert.IsType<Result<ImportComparisonExtract.Report>.Ok>(await ImportAsync(app, second));
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(1, await db.ComparisonExtracts.CountAsync());
            Assert.Equal(1985, (await db.ComparisonPersons.SingleAsync()).BirthYear);
        }

        // The same file under another key finds none of the participants: the key is wrong, and the file is refused
        // (else the participants would stand in their own comparison group).
        var wrongKey = Assert.IsType<Result<ImportComparisonExtract.Report>.Invalid>(await ImportAsync(app, GoodFile(), key: "en-anden-noegle-end-registerejerens"));
        Assert.Contains("Kontrollér eksportnøglen", wrongKey.Errors["ExportKey"][0], StringComparison.Ordinal);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(1985, (await db.ComparisonPersons.SingleAsync()).BirthYear);
        }
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { string.Empty, "overskriften PSEUDONYM;KOMMUNE" },
        { "PNR;y_1401;y_1402", "overskriften PSEUDONYM;KOMMUNE" },
        { "PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;y_1401;y_1499", "ISO-uge" },
        { "PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;y_1401;y_1403", "uden huller" },
        { Header + "\n0123456789abcdef0123;101;1980;K;130;130", "Linje 2: har 6 felter" },
        { Header + "\n0123456789abcdef012;101;1980;K;130;130;130", "Linje 2: pseudonymet skal være 20 hex-tegn" },
        { Header + "\n0101801111;101;1980;K;130;130;130", "Linje 2: pseudonymet skal være 20 hex-tegn" },
        { Header + "\n0123456789abcdef0123;1O1;1980;K;130;130;130", "KOMMUNE skal være et kommunenummer" },
        { Header + "\n0123456789abcdef0123;101;80;K;130;130;130", "FOEDSELSAAR skal være et årstal" },
        { Header + "\n0123456789abcdef0123;101;1980;X;130;130;130", "KOEN skal være K eller M" },
        { Header + "\n0123456789abcdef0123;101;1980;K;130;777;130", "Ukendte ydelseskoder (tilføj dem i kodetabellen under Registre): 777 (1 uger)" },
        { Header + "\n0123456789abcdef0123;101;1980;K;130;130;130\n0123456789ABCDEF0123;101;1981;M;130;130;130", "Linje 3: pseudonymet står i filen før" },
        { Header + "\n", "ingen personer i programmets kommuner" },
        { "\u0000\u0001PK\u0003\u0004binært indhold;;;\n\u00ff\u00fe", "overskriften PSEUDONYM;KOMMUNE" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_its_reason_and_the_extract_in_use_stands(string content, string reason)
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var before = Assert.IsType<Result<ImportComparisonExtract.Report>.Ok>(await ImportAsync(app, GoodFile())).Value;

        var invalid = Assert.IsType<Result<ImportComparisonExtract.Report>.Invalid>(await ImportAsync(app, content));

        var messages = string.Join(" | ", invalid.Errors.SelectMany(e => e.Value));
        Assert.Contains(reason, messages, StringComparison.Ordinal);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(before.Id, (await db.ComparisonExtracts.SingleAsync()).Id);
        Assert.Equal(3, await db.ComparisonPersons.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bad_line_after_thousands_of_good_ones_takes_back_what_was_already_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var good = Enumerable.Range(0, 5000).Select(i => $"{P($"0101{70 + (i % 20):D2}{2 * i:D4}")};101;{1970 + (i % 20)};K;130;130;");
        var content = string.Join('\n', [Header, $"{P(TestData.CprA)};101;1970;M;140;140;140", .. good, "0123456789abcdef0123;101;1980;K;130;130"]);

        var invalid = Assert.IsType<Result<ImportComparisonExtract.Report>.Invalid>(await ImportAsync(app, content));

        Assert.Contains("Linje 5003: har 6 felter", string.Join(" ", invalid.Errors["File"]), StringComparison.Ordinal);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.ComparisonExtracts.CountAsync());
        Assert.Equal(0, await db.ComparisonPersons.CountAsync());
    }

    [Fact]
    public async Task Many_bad_lines_are_all_counted_and_a_short_key_is_refused()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var lines = Enumerable.Range(0, 30).Select(i => $"ikke-et-pseudonym-{i};101;1980;K;130;130;130");

        var invalid = Assert.IsType<Result<ImportComparisonExtract.Report>.Invalid>(await ImportAsync(app, string.Join('\n', [Header, .. lines])));
        var messages = invalid.Errors["File"];
        Assert.StartsWith("Filen er ikke indlæst", messages[0], StringComparison.Ordinal);
        Assert.Equal(ImportComparisonExtract.MaxProblemsShown + 2, messages.Length);
        Assert.Equal("… og 10 linjer mere med fejl.", messages[^1]);

        var shortKey = Assert.IsType<Result<ImportComparisonExtract.Report>.Invalid>(await ImportAsync(app, GoodFile(), key: "for-kort"));
        Assert.Contains("ExportKey", shortKey.Errors.Keys);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.ComparisonExtracts.CountAsync());
        // The refused file was read against the participants' pseudonyms: the access log says so all the same.
        Assert.True(await db.AuditEvents.AnyAsync(e => e.JobCentreId == app.Data.CentreA && e.Detail!.Contains("sammenligningsgruppen")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_agency_imports_through_the_page_and_the_key_never_comes_back(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.IsType<Result<ImportComparisonExtract.Report>.NotFound>(await ImportAsync(app, GoodFile(), user: app.Data.Evaluator));
        Assert.IsType<Result<ImportComparisonExtract.Report>.NotFound>(await ImportAsync(app, GoodFile(), user: app.Data.ProjectLeaderA));

        var projectLeader = await app.LoginAsync(app.Data.ProjectLeaderA);
        var denied = await projectLeader.GetAsync("/evaluering/sammenligningsgruppe");
        Assert.StartsWith("/adgang-naegtet", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var evaluator = await app.LoginAsync(app.Data.Evaluator);
        var page = await evaluator.GetStringAsync("/evaluering/sammenligningsgruppe");
        Assert.DoesNotContain("Indlæs sammenligningsudtræk", page, StringComparison.Ordinal);

        var agency = await app.LoginAsync(app.Data.Agency);
        var form = await agency.GetStringAsync("/evaluering/sammenligningsgruppe");
        using var bad = new MultipartFormDataContent
        {
            { new StringContent(TestApp.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent(Key), "Input.ExportKey" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("PNR;y_1401\n0101801111;130")), "Input.File", "forkert.csv" },
        };
        var refused = await agency.PostAsync("/evaluering/sammenligningsgruppe", bad);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Filen skal begynde med overskriften PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, html, StringComparison.Ordinal);

        using var good = new MultipartFormDataContent
        {
            { new StringContent(TestApp.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent(Key), "Input.ExportKey" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(GoodFile())), "Input.File", "sammenligning.csv" },
        };
        var done = await agency.PostAsync("/evaluering/sammenligningsgruppe", good);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var shown = await agency.GetStringAsync("/evaluering/sammenligningsgruppe");
        Assert.Contains("Sammenligningsudtrækket er indlæst", shown, StringComparison.Ordinal);
        Assert.Contains("sammenligning.csv", shown, StringComparison.Ordinal);
    }
}
