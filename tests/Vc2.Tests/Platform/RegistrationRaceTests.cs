using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>ADR 0018: two registrations of the same CPR number at the same moment. The race is made certain with a
/// database trigger that saves the other registration just before ours (after our duplicate check): the API answers 409
/// ProblemDetails and the page a Danish 409, and nothing of the losing registration is stored.</summary>
public sealed class RegistrationRaceTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string Racer = "Kapløb";

    /// <summary>A trigger that, when a citizen called <see cref="Racer"/> is inserted, first inserts the same citizen
    /// (same job centre and CPR hash) under another id — what a second request that won the race would have saved.</summary>
    private static async Task AddCompetitorAsync(TestApp app)
    {
        await using var scope = app.SystemScope(out var db);
        var entity = db.Model.FindEntityType(typeof(Vc2.CaseWork.Citizens.Citizen))!;
        var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToList();
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            var values = columns.Select(c => c switch
            {
                "Id" => "'00000000-0000-0000-0000-0000000000aa'",
                "FirstName" => "'Vinder'",
                _ => $"NEW.\"{c}\"",
            });
            var sql = $"""
                CREATE TRIGGER race BEFORE INSERT ON "Citizens" WHEN NEW."FirstName" = '{Racer}'
                BEGIN INSERT INTO "Citizens" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", values)}); END;
                """;
            await db.Database.ExecuteSqlRawAsync(sql); // built from the model's column names only
        }
        else
        {
            var sql = $$"""
                CREATE FUNCTION race() RETURNS trigger AS $$
                BEGIN
                  IF NEW."FirstName" = '{{Racer}}' THEN
                    INSERT INTO "Citizens" SELECT (jsonb_populate_record(NEW, jsonb_build_object('Id', gen_random_uuid(), 'FirstName', 'Vinder'))).*;
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql;
                CREATE TRIGGER race BEFORE INSERT ON "Citizens" FOR EACH ROW EXECUTE FUNCTION race();
                """;
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_registration_that_loses_the_race_is_a_409_with_nothing_stored(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await AddCompetitorAsync(app);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);

        var api = await caseworker.PostAsJsonAsync("/api/v1/citizens", new
        {
            cpr = "1204791238", firstName = Racer, lastName = "Klient", targetGroup = "Ressourceforloeb", enrolmentDate = "2026-11-02",
            jobCentreId = app.Data.CentreA, coordinatingCaseworkerId = app.Data.CaseworkerA,
        });
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
        {
            Assert.Contains("En anden har netop gemt det samme", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var form = app.Data.CitizenForm();
        form["Input.Cpr"] = "2204791232";
        form["Input.FirstName"] = Racer;
        form["Input.JobCentreId"] = app.Data.CentreA.ToString();
        var page = await TestApp.PostFormAsync(caseworker, "/borgere/ny", "/borgere/ny", form);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("En anden har netop gemt det samme", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        Assert.Equal(0, await db.Citizens.CountAsync(c => c.FirstName == Racer));
        Assert.Equal(0, await db.Citizens.CountAsync(c => c.FirstName == "Vinder")); // the competitor rolled back with ours: one transaction
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.Detail == "Borgeren indskrevet"));
    }
}
