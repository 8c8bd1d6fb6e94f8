using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.CaseWork.Progress;
using Vc2.Tests.Infrastructure;
using static Vc2.Tests.Progress.ProgressTestData;
using Vc2.Platform.Links;

namespace Vc2.Tests.Progress;

/// <summary>Personal links and logged-in answers: the token is stored only as a hash, expires, works once, and only for
/// the respondent it was made for; a mentor and a citizen see only what was asked of them.</summary>
public sealed class LinkTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static async Task<(Guid RequestId, string Token)> InviteMentorAsync(TestApp app, DeliveryChannel channel = DeliveryChannel.Email)
    {
        var result = await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new InviteRespondent.Input(Respondent.Mentor, channel)));
        var requestId = Assert.IsType<Result<InviteRespondent.Output>.Ok>(result).Value.RequestId;
        if (channel == DeliveryChannel.None)
        {
            return (requestId, string.Empty);
        }

        await using var scope = app.SystemScope(out var db);
        var message = await db.Outbox.OrderByDescending(m => m.CreatedAtUtc).FirstAsync();
        // What the gateway does: open the sealed text with the shared key.
        var token = TokenIn(Sent(message));
        return (requestId, token);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_invitation_puts_a_message_with_a_personal_link_in_the_outbox_and_stores_only_the_hash(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app);
        var (requestId, token) = await InviteMentorAsync(app);

        await using var scope = app.SystemScope(out var db);
        var message = await db.Outbox.SingleAsync();
        Assert.Equal(("mette@alfa.example", Vc2.Platform.Outbox.OutboxChannel.Email, app.Data.CentreA), (message.To, message.Channel, message.JobCentreId));
        Assert.StartsWith("Hej Mette Mentor", message.Body, StringComparison.Ordinal);
        Assert.Contains("hvordan det går med Anders hos Alfa Bageri ApS", message.Body, StringComparison.Ordinal);
        // Staff and a database reader see the link masked; only the sealed text for the gateway holds it.
        Assert.Contains("https://vc2.example.dk/svar/[personligt link]", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(token, message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(token, message.SealedBody!, StringComparison.Ordinal);
        var request = await db.MeasurementRequests.SingleAsync(r => r.Id == requestId);
        Assert.Equal(LinkToken.Hash(token), request.TokenHash);
        Assert.DoesNotContain(token, request.TokenHash!, StringComparison.Ordinal);
        Assert.Equal((Respondent.Mentor, app.Data.MentorOfCompanyA, MeasurementKind.Baseline), (request.Respondent, request.MentorId, request.Kind));
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.CitizenId == app.Data.CitizenA && a.Detail!.StartsWith("Anmodning om progressionsmåling")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_mentor_answers_through_the_link_once_and_the_link_is_then_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app);
        var (requestId, token) = await InviteMentorAsync(app);
        var client = app.Anonymous();
        var url = $"/svar/{token}";

        var form = await client.GetStringAsync(url);
        Assert.Contains("Hvordan går det med Anders?", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfasen", form, StringComparison.Ordinal); // a link can be forwarded: first name only
        Assert.Contains("Scores[attendance]", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Scores[belief]", form, StringComparison.Ordinal); // the mentor answers the workplace only

        var fields = Form(Respondent.Mentor, 7);
        fields["AnsweringAs"] = "Mentor";
        var answered = await TestApp.PostFormAsync(client, url, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("/svar/tak", answered.Headers.Location!.OriginalString);

        var again = await client.GetStringAsync(url);
        Assert.Contains(RequestRules.Used, again, StringComparison.Ordinal);
        Assert.DoesNotContain("Scores[attendance]", again, StringComparison.Ordinal);
        // The refused page has no form; the token from the first form still passes antiforgery, so the refusal is the link's.
        var reused = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Contains(RequestRules.Used, await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = app.SystemScope(out var db);
        var measurement = await db.Measurements.Include(m => m.Scores).SingleAsync();
        Assert.Equal((Respondent.Mentor, app.Data.MentorOfCompanyA, AnswerChannel.Link, requestId), (measurement.Respondent, measurement.MentorId, measurement.Channel, measurement.RequestId));
        Assert.Equal(5, measurement.Scores.Count);
        Assert.Equal("Mette Mentor (via link)", measurement.AnsweredBy);
        Assert.NotNull((await db.MeasurementRequests.SingleAsync(r => r.Id == requestId)).AnsweredAtUtc);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.CitizenId == app.Data.CitizenA && a.Detail!.Contains("via personligt link")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Expired_unknown_and_wrong_respondent_links_are_refused_and_save_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app);
        var (requestId, token) = await InviteMentorAsync(app);

        // Wrong respondent: the mentor's link used to answer as the citizen.
        var wrong = await app.AsAsync<AnswerByLink, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(token, Respondent.Citizen, All(Respondent.Citizen, 5)));
        Assert.Equal(RequestRules.WrongRespondent, Assert.IsType<Result<Guid>.Conflict>(wrong).Message);

        // Unknown and malformed tokens are not found, over HTTP too.
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<AnswerByLink, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(LinkToken.New(), Respondent.Mentor, All(Respondent.Mentor, 5))));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/svar/{LinkToken.New()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/svar/' or 1=1 --")).StatusCode);

        // An invitation makes the earlier link invalid; an expired link is refused.
        var (_, newer) = await InviteMentorAsync(app, DeliveryChannel.Sms);
        var old = await app.AsAsync<AnswerByLink, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(token, Respondent.Mentor, All(Respondent.Mentor, 5)));
        Assert.Equal(RequestRules.Expired, Assert.IsType<Result<Guid>.Conflict>(old).Message);
        await using (var scope = app.SystemScope(out var db))
        {
            var request = await db.MeasurementRequests.SingleAsync(r => r.TokenHash == LinkToken.Hash(newer));
            Assert.Equal("11 22 33 44", request.SentTo);
            request.ExpiresAtUtc = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        var page = await app.Anonymous().GetStringAsync($"/svar/{newer}");
        Assert.Contains(RequestRules.Expired, page, StringComparison.Ordinal);
        var expired = await app.AsAsync<AnswerByLink, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(newer, Respondent.Mentor, All(Respondent.Mentor, 5)));
        Assert.Equal(RequestRules.Expired, Assert.IsType<Result<Guid>.Conflict>(expired).Message);

        await using var check = app.SystemScope(out var after);
        Assert.Equal(0, await after.Measurements.CountAsync());
        Assert.True(await after.MeasurementRequests.AllAsync(r => r.AnsweredAtUtc == null));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Logged_in_mentors_and_citizens_answer_only_what_was_asked_of_them(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app);
        var (mentorRequest, _) = await InviteMentorAsync(app, DeliveryChannel.None);
        var citizenRequest = Assert.IsType<Result<InviteRespondent.Output>.Ok>(await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new InviteRespondent.Input(Respondent.Citizen, DeliveryChannel.None)))).Value.RequestId;
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(0, await db.Outbox.CountAsync()); // not sent: answered logged in
        }

        var citizen = await app.LoginAsync(app.Data.CitizenUserA);
        Assert.Contains($"/mine-maalinger/{citizenRequest}", await citizen.GetStringAsync("/mine-maalinger"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/mine-maalinger/{mentorRequest}")).StatusCode); // the mentor's
        var wrong = await TestApp.PostFormAsync(citizen, "/mine-maalinger", $"/mine-maalinger/{mentorRequest}", Form(Respondent.Mentor, 2));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);

        var mentor = await app.LoginAsync(app.Data.MentorA);
        var list = await mentor.GetStringAsync("/mine-maalinger");
        Assert.Contains($"/mine-maalinger/{mentorRequest}", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/mine-maalinger/{citizenRequest}", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/mine-maalinger/{app.Data.RequestB}")).StatusCode); // another job centre's mentor
        var answered = await TestApp.PostFormAsync(mentor, $"/mine-maalinger/{mentorRequest}", $"/mine-maalinger/{mentorRequest}", Form(Respondent.Mentor, 6));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var byCitizen = await citizen.PostAsJsonAsync($"/api/v1/me/measurements/{citizenRequest}", All(Respondent.Citizen, 8));
        Assert.Equal(HttpStatusCode.OK, byCitizen.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await citizen.PostAsJsonAsync($"/api/v1/me/measurements/{citizenRequest}", All(Respondent.Citizen, 8))).StatusCode);

        await using var check = app.SystemScope(out var after);
        var saved = await after.Measurements.OrderBy(m => m.Respondent).ToListAsync();
        Assert.Equal([(Respondent.Citizen, AnswerChannel.LoggedIn), (Respondent.Mentor, AnswerChannel.LoggedIn)], saved.Select(m => (m.Respondent, m.Channel)));
        Assert.Equal(["Borger A", "Mentor A"], saved.Select(m => m.AnsweredBy));

        // The citizen's right of access covers what the mentor answered about them.
        var own = await citizen.GetStringAsync("/mine-oplysninger");
        Assert.Contains("id=\"my-measurements\"", own, StringComparison.Ordinal);
        Assert.Contains("<td>Mentor</td>", own, StringComparison.Ordinal);

        // The caseworker of another job centre cannot see or answer any of it.
        var other = await app.LoginAsync(app.Data.CaseworkerB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/borgere/{app.Data.CitizenA}/progression")).StatusCode);
    }
}
