using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;
using Vc2.Platform.Users;

namespace Vc2.Tests.Platform;

public sealed class ConcurrencyAndValidationTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_save_on_an_old_version_is_a_conflict_and_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        async Task<Result<UpdateCitizen.Output>> Save(string phone, int version)
        {
            await using var scope = app.SystemScope(out _);
            var slice = scope.ServiceProvider.GetRequiredService<UpdateCitizen>();
            return await slice.RunAsync(app.Data.CitizenA, new UpdateCitizen.Input
            {
                FirstName = "Anders", LastName = "Alfasen", Phone = phone, TargetGroup = TargetGroup.Ressourceforloeb,
                EnrolmentDate = new DateOnly(2014, 3, 1), CoordinatingCaseworkerId = app.Data.CaseworkerA, Version = version,
            });
        }

        var first = await Save("11 11 11 11", 1);
        Assert.Equal(2, Assert.IsType<Result<UpdateCitizen.Output>.Ok>(first).Value.Version);
        var second = await Save("22 22 22 22", 1);
        Assert.IsType<Result<UpdateCitizen.Output>.Conflict>(second);

        await using var check = app.SystemScope(out var db);
        var citizen = await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenA);
        Assert.Equal("11 11 11 11", citizen.Phone);
        Assert.Equal(2, citizen.Version);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == Vc2.Platform.Audit.AuditAction.Update));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_form_shows_a_conflict_and_keeps_what_the_user_typed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = await app.LoginAsync(app.Data.CaseworkerA);
        var second = await app.LoginAsync(app.Data.ProjectLeaderA);
        var url = $"/borgere/{app.Data.CitizenA}/rediger";

        var saved = await TestApp.PostFormAsync(first, url, url, app.Data.CitizenForm(phone: "33 33 33 33"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var conflict = await TestApp.PostFormAsync(second, url, url, app.Data.CitizenForm(phone: "44 44 44 44"));
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("En anden har gemt ændringer", html, StringComparison.Ordinal);
        Assert.Contains("value=\"44 44 44 44\"", html, StringComparison.Ordinal);
        Assert.Contains("telefon 33 33 33 33", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Invalid_input_is_answered_at_the_field_in_danish_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var url = $"/borgere/{app.Data.CitizenA}/rediger";
        var form = app.Data.CitizenForm(phone: "ring til mig");
        form["Input.Email"] = "ikke-en-adresse";
        form["Input.Address"] = "Vej 1";
        form["Input.FirstName"] = "";
        var response = await TestApp.PostFormAsync(client, url, url, form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mailadressen er ikke gyldig.", html, StringComparison.Ordinal);
        Assert.Contains("Telefonnummeret må kun indeholde", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ring til mig\"", html, StringComparison.Ordinal);
        Assert.Contains("Skriv borgerens fornavn.", html, StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        var citizen = await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenA);
        Assert.Equal("12 34 56 78", citizen.Phone);
        Assert.Null(citizen.Address);
        Assert.Equal(1, citizen.Version);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_form_post_without_antiforgery_token_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.LoginAsync(app.Data.CaseworkerA);
        var response = await client.PostAsync($"/borgere/{app.Data.CitizenA}/rediger", new FormUrlEncodedContent(app.Data.CitizenForm(phone: "55 55 55 55")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = app.SystemScope(out var db);
        Assert.Equal("12 34 56 78", (await db.Citizens.SingleAsync(c => c.Id == app.Data.CitizenA)).Phone);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_new_context_without_a_user_sees_no_personal_data(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        Assert.False(scope.ServiceProvider.GetRequiredService<CurrentUser>().IsAuthenticated);
        Assert.Equal(0, await db.Citizens.CountAsync());
        Assert.Equal(0, await db.Companies.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }
}
