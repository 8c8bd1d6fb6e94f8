using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Money.Registers;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

public sealed class UploadTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string content, string fileName)
    {
        var page = await client.GetStringAsync("/registre");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestApp.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(kind), "Input.Kind" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "Input.File", fileName },
        };
        return await client.PostAsync("/registre", form);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_uploads_an_extract_and_follows_the_import_to_its_log_entry(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var agency = await app.LoginAsync(app.Data.Agency);
        var response = await UploadAsync(agency, "Benefits", $"PNR;y_1501;y_1502\n{TestData.CprA};130;999\n", "udtraek.csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var status = response.Headers.Location!.ToString();
        Assert.StartsWith("/registre/", status, StringComparison.Ordinal);

        string page;
        var waited = 0;
        do
        {
            await Task.Delay(100);
            page = await agency.GetStringAsync(status);
        }
        while (!page.Contains("Indlæst</strong>", StringComparison.Ordinal) && (waited += 100) < 15000);

        Assert.Contains("udtraek.csv: <strong>Indlæst</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Ukendt ydelseskode 999: 1 uger", page, StringComparison.Ordinal);
        var log = await agency.GetStringAsync("/registre");
        Assert.Contains("udtraek.csv", log, StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        Assert.Equal(1, await db.BenefitWeeks.CountAsync());
        Assert.Equal(ImportStatus.Completed, (await db.ImportRuns.SingleAsync()).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_agency_uploads_and_a_missing_file_is_answered_in_danish(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.GetAsync("/registre")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.GetAsync("/registre/koder")).StatusCode);

        var agency = await app.LoginAsync(app.Data.Agency);
        var page = await agency.GetStringAsync("/registre");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestApp.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("Benefits"), "Input.Kind" },
        };
        var response = await agency.PostAsync("/registre", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vælg en fil at indlæse.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_agency_adds_a_code_to_the_code_table(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var agency = await app.LoginAsync(app.Data.Agency);
        var bad = await TestApp.PostFormAsync(agency, "/registre/koder", "/registre/koder", new Dictionary<string, string>
        {
            ["Input.Code"] = "9 9", ["Input.Category"] = "Other", ["Input.Description"] = "",
        });
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Koden må kun have bogstaver og cifre", html, StringComparison.Ordinal);
        Assert.Contains("Skriv hvad koden dækker.", html, StringComparison.Ordinal);

        var ok = await TestApp.PostFormAsync(agency, "/registre/koder", "/registre/koder", new Dictionary<string, string>
        {
            ["Input.Code"] = "999", ["Input.Category"] = "Sygedagpenge", ["Input.Description"] = "Sygedagpenge (ny kode)",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(Vc2.Rules.Model.BenefitCategory.Sygedagpenge, (await db.BenefitCodes.SingleAsync(c => c.Code == "999")).Category);
        Assert.Equal(15, await db.BenefitCodes.CountAsync());
    }
}
