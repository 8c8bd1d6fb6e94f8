using System.Net;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;
using static Vc2.Tests.Progress.ProgressTestData;
using Vc2.Platform.Links;

namespace Vc2.Tests.Progress;

/// <summary>ADR 0018: a personal link is held by its respondent only. No staff page or API answer shows the live
/// token, the database keeps it sealed for the gateway, a forged Host header never reaches a message, and the message
/// and the pages name the same last moment.</summary>
public sealed class LinkProtectionTests
{
    private static async Task<HttpResponseMessage> InviteAsync(HttpClient caseworker, Guid citizenId) =>
        await TestApp.PostFormAsync(caseworker, $"/borgere/{citizenId}/progression", $"/borgere/{citizenId}/progression?handler=Invite",
            new Dictionary<string, string> { ["Invite.Respondent"] = "Mentor", ["Invite.Channel"] = "Email" });

    [Fact]
    public async Task No_staff_role_sees_a_live_token_and_the_message_and_the_pages_agree_on_the_expiry()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        await StartPlacementAAsync(app);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        var invited = await InviteAsync(caseworker, app.Data.CitizenA);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        await using var scope = app.SystemScope(out var db);
        var message = await db.Outbox.SingleAsync();
        var request = await db.MeasurementRequests.SingleAsync(r => r.CitizenId == app.Data.CitizenA);
        var sent = Sent(message);
        var token = TokenIn(sent);
        Assert.Equal(LinkToken.Hash(token), request.TokenHash);
        Assert.StartsWith(TestApp.PublicBaseUrl + "/svar/", sent[sent.IndexOf(TestApp.PublicBaseUrl, StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(message.CitizenId, app.Data.CitizenA);

        // Every staff role, on every page and API answer that shows the request or the message (the outbox text is shown
        // in demo mode, which the test app is in): the token is nowhere, the masked link is.
        var expiry = LinkExpiry.Text(request.ExpiresAtUtc);
        var seen = new List<(string Who, string Url, string Body)>();
        foreach (var (who, user, urls) in new (string, Guid, string[])[]
                 {
                     ("sagsbehandler", app.Data.CaseworkerA, [$"/borgere/{app.Data.CitizenA}/progression", $"/borgere/{app.Data.CitizenA}", $"/api/v1/citizens/{app.Data.CitizenA}/progress", $"/api/v1/citizens/{app.Data.CitizenA}/case"]),
                     ("projektleder", app.Data.ProjectLeaderA, ["/udbakke", $"/borgere/{app.Data.CitizenA}/progression", "/adgangslog"]),
                     ("jobkonsulent", app.Data.JobConsultantA, [$"/borgere/{app.Data.CitizenA}/progression"]),
                     ("styrelsen", app.Data.Agency, ["/udbakke", "/jobcentre", "/holdepunkter"]),
                 })
        {
            var client = await app.LoginAsync(user);
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                seen.Add((who, url, await response.Content.ReadAsStringAsync()));
            }
        }

        foreach (var (who, url, body) in seen)
        {
            Assert.False(body.Contains(token, StringComparison.Ordinal), $"{who} sees the live token on {url}.");
        }

        Assert.Contains(seen, s => s.Url == "/udbakke" && s.Body.Contains("/svar/[personligt link]", StringComparison.Ordinal));
        Assert.Contains($"til og med {expiry}", sent, StringComparison.Ordinal);
        Assert.Contains(seen, s => s.Url.EndsWith("/progression", StringComparison.Ordinal) && s.Body.Contains($"virker til og med {expiry}", StringComparison.Ordinal));
        var answerPage = await app.Anonymous().GetStringAsync($"/svar/{token}");
        Assert.Contains($"til og med {expiry}", answerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_host_never_reaches_a_message()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        await StartPlacementAAsync(app);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);
        var page = await caseworker.GetStringAsync($"/borgere/{app.Data.CitizenA}/progression");

        // A Host that is not VC2's is refused before anything runs.
        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/borgere/{app.Data.CitizenA}/progression?handler=Invite")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Invite.Respondent"] = "Mentor", ["Invite.Channel"] = "Email", ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(page),
            }),
        };
        forged.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.SendAsync(forged)).StatusCode);

        // A forwarded host is not read either: the link starts with the configured address.
        caseworker.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(caseworker, app.Data.CitizenA)).StatusCode);

        await using var scope = app.SystemScope(out var db);
        var message = await db.Outbox.SingleAsync();
        var sent = Sent(message);
        Assert.DoesNotContain("evil.example", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", message.Body, StringComparison.Ordinal);
        Assert.Contains(TestApp.PublicBaseUrl + "/svar/", sent, StringComparison.Ordinal);
    }
}
