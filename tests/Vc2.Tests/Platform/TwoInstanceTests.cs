using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Citizens;
using Vc2.Composition;
using Vc2.Money.Registers;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>
/// Two VC2 processes on one PostgreSQL, as behind a load balancer: a login on A holds on B, a change on B is seen on A, an
/// upload is imported exactly once, and <c>kill -9</c> of the importing instance leaves no half import — the other
/// takes the file over once the lease has run out (ADR 0015).
/// </summary>
public sealed class TwoInstanceTests
{
    private const int ExtraCitizens = 2000;
    private const int Weeks = 52;

    private static Dictionary<string, string?> Settings(string connection) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Default"] = connection,
        ["Cpr__LookupKey"] = TestApp.LookupKey,
        ["Cpr__EncryptionKey"] = TestApp.EncryptionKey,
        ["Outbox__SealingKey"] = TestApp.OutboxKey,
        ["Progress__PublicBaseUrl"] = TestApp.PublicBaseUrl,
        ["Demo__Enabled"] = "true", // the test data's users log in with the demo login; everything else is Production
        ["Demo__SeedOnEmptyDatabase"] = "false",
        ["Registers__ImportLeaseSeconds"] = "10", // short, so the take-over comes soon, but not so short that a loaded machine loses it
    };

    [Fact]
    public async Task Two_instances_share_logins_and_changes_and_import_an_upload_once_even_when_one_is_killed()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Assert.Skip("Needs PostgreSQL (VC2_TEST_POSTGRES); ./test.sh and CI set it.");
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var services = Services(database.Settings);
        await DatabaseStartup.MigrateAsync(services);
        var data = await TestData.SeedAsync(services);
        var extra = await EnrolAsync(services, data, ExtraCitizens);

        await using var a = WebProcess.Start(Settings(database.Settings.ConnectionString));
        await using var b = WebProcess.Start(Settings(database.Settings.ConnectionString));
        Assert.True(await a.ReadyAsync(TimeSpan.FromSeconds(90)), a.Output);
        Assert.True(await b.ReadyAsync(TimeSpan.FromSeconds(90)), b.Output);

        // Logged in on A, the caseworker goes on on B (cookies are per host, not per port), and registers a citizen there.
        using var caseworker = Browser();
        await LoginAsync(caseworker, a, data.CaseworkerA);
        var form = data.CitizenForm();
        form["Input.Cpr"] = "0303801237";
        form["Input.FirstName"] = "Bente";
        form["Input.LastName"] = "Toinstans";
        form["Input.JobCentreId"] = data.CentreA.ToString();
        var registered = await PostFormAsync(caseworker, b, "/borgere/ny", form);
        Assert.True(registered.StatusCode == HttpStatusCode.Redirect, $"{registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}\n{b.Output}");
        var citizenPage = registered.Headers.Location!.OriginalString;
        Assert.Contains("Toinstans", await caseworker.GetStringAsync(a.BaseUrl + citizenPage), StringComparison.Ordinal); // seen on A

        // An upload on A is imported exactly once, by one of the two.
        using var agency = Browser();
        await LoginAsync(agency, a, data.Agency);
        var small = Encoding.UTF8.GetBytes($"PNR;y_1501;y_1502\n{TestData.CprA};130;130\n0303801237;130;\n");
        var first = await UploadAsync(agency, a, small, "lille.csv");
        var firstPage = await WaitForAsync(agency, b, first, "Indlæst</strong>"); // followed on B
        Assert.Contains("lille.csv", firstPage, StringComparison.Ordinal);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = System(scope);
            var run = await db.ImportRuns.SingleAsync(r => r.Id == first);
            Assert.Equal((ImportStatus.Completed, 1), (run.Status, run.Attempts));
            Assert.Equal(3, await db.BenefitWeeks.CountAsync(w => w.ImportRunId == first));
        }

        Assert.Equal(1, await ImportedAsync(first, a, b));

        // A large upload; the instance importing it is killed mid-way; the other one imports it again, from the start.
        var large = LargeExtract(extra);
        var second = await UploadAsync(agency, a, large, "stor.csv");
        var killed = await KillTheImporterAsync(services, second, a, b);
        var survivor = killed == a ? b : a;
        await WaitForAsync(agency, survivor, second, "Indlæst</strong>", TimeSpan.FromSeconds(180));

        await using (var scope = services.CreateAsyncScope())
        {
            var db = System(scope);
            var run = await db.ImportRuns.SingleAsync(r => r.Id == second);
            Assert.Equal(ImportStatus.Completed, run.Status);
            Assert.Equal(2, run.Attempts);
            Assert.Contains("Indlæsningen blev afbrudt", run.Problems, StringComparison.Ordinal);
            Assert.Equal(1, await db.ImportRuns.CountAsync(r => r.FileName == "stor.csv"));
            // Exactly the file's rows: every extra citizen, every week, once — nothing left from the killed attempt.
            Assert.Equal((long)(ExtraCitizens + 1) * Weeks, await db.BenefitWeeks.CountAsync(w => w.ImportRunId == second));
            Assert.Equal((long)(ExtraCitizens + 1) * Weeks, run.WeeksStored);
            Assert.Equal(0, await db.BenefitWeeks.CountAsync(w => w.ImportRunId != second && w.ImportRunId != first));
            Assert.Equal(0, await db.ImportFileChunks.CountAsync());
        }

        Assert.Equal(1, await ImportedAsync(second, survivor));
    }

    private static ServiceProvider Services(DatabaseSettings settings) =>
        new ServiceCollection().AddLogging()
            .AddVc2(settings, new CprKeyOptions { LookupKey = TestApp.LookupKey, EncryptionKey = TestApp.EncryptionKey })
            .BuildServiceProvider();

    private static Vc2Db System(AsyncServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("test");
        return scope.ServiceProvider.GetRequiredService<Vc2Db>();
    }

    /// <summary>Enrols <paramref name="count"/> more citizens in job centre A, with CPR numbers of their own.</summary>
    private static async Task<IReadOnlyList<string>> EnrolAsync(IServiceProvider services, TestData data, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = System(scope);
        var protector = scope.ServiceProvider.GetRequiredService<CprProtector>();
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var number = Number(i, 2000);
            var cpr = Cpr.Parse(number);
            numbers.Add(number);
            db.Citizens.Add(new Citizen
            {
                JobCentreId = data.CentreA, CprHash = protector.Hash(cpr), CprCipher = protector.Encrypt(cpr), BirthDate = cpr.BirthDate,
                FirstName = "Ekstra", LastName = $"Borger {i}", TargetGroup = TargetGroup.KontanthjaelpTwoYears, EnrolmentDate = new DateOnly(2014, 3, 1),
            });
        }

        await db.SaveChangesAsync();
        return numbers;
    }

    /// <summary>A CPR number with a valid birth date (1950–1999) and a sequence number of its own from <paramref name="from"/>.</summary>
    private static string Number(int i, int from) =>
        string.Create(CultureInfo.InvariantCulture, $"{1 + (i % 28):00}{1 + (i / 28 % 12):00}{50 + (i / 336 % 50):00}{from + (i % 7000):0000}");

    /// <summary>52 weeks of kontanthjælp for citizen A and each extra citizen, spread among 150,000 persons not in the
    /// programme (about 30 MB), so that the import runs long enough to be killed.</summary>
    private static byte[] LargeExtract(IReadOnlyList<string> enrolled)
    {
        var header = new StringBuilder("PNR");
        var cells = new StringBuilder();
        for (var w = 1; w <= Weeks; w++)
        {
            header.Append(CultureInfo.InvariantCulture, $";y_15{w:00}");
            cells.Append(";130");
        }

        var text = new StringBuilder(header.ToString()).Append('\n').Append(TestData.CprA).Append(cells).Append('\n');
        var others = 150_000;
        var every = others / enrolled.Count;
        for (int i = 0, e = 0; i < others; i++)
        {
            if (i % every == 0 && e < enrolled.Count)
            {
                text.Append(enrolled[e++]).Append(cells).Append('\n');
            }

            // Sequence numbers from 9000 on: not one of the enrolled.
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{1 + (i % 28):00}{1 + (i / 28 % 12):00}{(i / 336 % 100):00}{9000 + (i / 33600 % 1000):0000}"))
                .Append(cells).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Waits until one instance has written part of the file, kills it as <c>kill -9</c> does, and answers it.</summary>
    private static async Task<WebProcess> KillTheImporterAsync(IServiceProvider services, Guid runId, WebProcess a, WebProcess b)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < until)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = System(scope);
                var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
                Assert.NotEqual(ImportStatus.Completed, run.Status); // the test must catch it while it runs
                if (run.Status == ImportStatus.Running && await db.BenefitWeeks.AnyAsync(w => w.ImportRunId == runId))
                {
                    var owner = await db.Leases.AsNoTracking().Where(l => l.Name == ImportRunner.LeaseName).Select(l => l.Owner).SingleAsync();
                    var importer = owner!.Split(':')[1] == a.ProcessId.ToString(CultureInfo.InvariantCulture) ? a : b;
                    importer.Kill();
                    return importer;
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("Neither instance started the import.");
    }

    /// <summary>How many times the instances logged that they imported the run: the log line follows the page's
    /// "Indlæst" by a moment, so this waits for the first and then a few worker rounds more for any second one.</summary>
    private static async Task<int> ImportedAsync(Guid runId, params WebProcess[] instances)
    {
        int Count() => instances.Sum(i => i.Output.Split('\n').Count(l => l.Contains($"Register import {runId} done", StringComparison.Ordinal)));
        for (var waited = 0; Count() == 0 && waited < 10_000; waited += 100)
        {
            await Task.Delay(100);
        }

        await Task.Delay(3 * Vc2.Web.Registers.RegisterImportWorker.PollEvery);
        return Count();
    }

    private static HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(120) };

    private static async Task LoginAsync(HttpClient client, WebProcess instance, Guid userId)
    {
        var page = await client.GetStringAsync(instance.BaseUrl + "/log-ind");
        var response = await client.PostAsync(instance.BaseUrl + "/log-ind?handler=Demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = userId.ToString(), ["returnUrl"] = "/", ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(page),
        }));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{instance.Output}");
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, WebProcess instance, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(instance.BaseUrl + url);
        fields["__RequestVerificationToken"] = TestApp.AntiforgeryToken(page);
        return await client.PostAsync(instance.BaseUrl + url, new FormUrlEncodedContent(fields));
    }

    private static async Task<Guid> UploadAsync(HttpClient client, WebProcess instance, byte[] content, string fileName)
    {
        var page = await client.GetStringAsync(instance.BaseUrl + "/registre");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestApp.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("Benefits"), "Input.Kind" },
            { new ByteArrayContent(content), "Input.File", fileName },
        };
        var response = await client.PostAsync(instance.BaseUrl + "/registre", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{instance.Output}");
        return Guid.Parse(response.Headers.Location!.OriginalString["/registre/".Length..]);
    }

    private static async Task<string> WaitForAsync(HttpClient client, WebProcess instance, Guid runId, string text, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        string page;
        do
        {
            await Task.Delay(200);
            page = await client.GetStringAsync($"{instance.BaseUrl}/registre/{runId}");
        }
        while (!page.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < until);

        Assert.True(page.Contains(text, StringComparison.Ordinal), $"{text} not on the page after the wait:\n{page}\n{instance.Output}");
        return page;
    }
}
