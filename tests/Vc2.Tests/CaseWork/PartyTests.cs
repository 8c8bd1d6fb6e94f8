using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.Parties;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Outbox;
using Vc2.Platform.Users;
using Vc2.Steering.MentorNetwork;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.CaseWork;

/// <summary>The people outside the job centre's desk (ADR 0023): the mentor, the citizen and the company's
/// contact see their own course and nothing else, accept the work agreement themselves by the text they were shown, get
/// one-time links through the outbox, and the mentor answers invitations the project leader sees.</summary>
public sealed partial class PartyTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static readonly DateOnly Today = Vc2.Platform.Common.Today.In(TimeProvider.System);

    private sealed record Course(Guid PlacementId, Guid AgreementId, Guid ContactUserId);

    /// <summary>Citizen A placed at company A with mentor A (Mette Mentor) since 30 days ago, a first agreement, and a
    /// contact person user for company A.</summary>
    private static async Task<Course> CourseAsync(TestApp app)
    {
        var d = app.Data;
        var placement = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(d.CaseworkerA, s => s.RunAsync(d.CitizenA,
            new StartPlacement.Input { CompanyId = d.CompanyA, ContractId = d.ContractA, MentorId = d.MentorOfCompanyA, Start = Today.AddDays(-30), WeeklyHoursNow = 10, WeeklyHoursTarget = 20, FlexAttendance = "Må melde afbud om morgenen" }))).Value;
        var agreement = Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(d.CaseworkerA,
            s => s.RunAsync(placement, new SaveAgreement.Input { LongTermGoal = "Job i et bageri", PlacementGoal = "Faste mødetider", TasksAndHours = "Bagning, 10 timer", MentorRole = "Daglig støtte", SubGoals = "Møder til tiden" }))).Value;
        await using var scope = app.SystemScope(out var db);
        var contact = new AppUser { UserName = "Kontakt A", DisplayName = "Karen Kontakt", IsDemo = true, CompanyId = d.CompanyA, Memberships = [new RoleMembership { Role = Role.CompanyContact, JobCentreId = d.CentreA }] };
        db.Users.Add(contact);
        await db.SaveChangesAsync();
        return new Course(placement, agreement.Id, contact.Id);
    }

    private static Task<Result<PartyAgreement.Output>> ReadAsync(TestApp app, Guid user, Guid agreement) =>
        app.AsAsync<PartyAgreement, Result<PartyAgreement.Output>>(user, s => s.ReadAsync(agreement));

    private static async Task<Result<PartyAgreement.Output>> AcceptAsync(TestApp app, Guid user, Guid agreement, string? hash = null)
    {
        var text = hash ?? Assert.IsType<Result<PartyAgreement.Output>.Ok>(await ReadAsync(app, user, agreement)).Value.TextHash;
        return await app.AsAsync<PartyAgreement, Result<PartyAgreement.Output>>(user, s => s.AcceptAsync(agreement, new PartyAgreement.Input { TextHash = text, HasRead = true }));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_mentor_sees_the_citizens_they_mentor_now_and_only_the_history_of_those_they_mentored_before(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var course = await CourseAsync(app);
        var now = Assert.IsType<Result<MentorOverview.Output>.Ok>(await app.AsAsync<MentorOverview, Result<MentorOverview.Output>>(app.Data.MentorA, s => s.RunAsync())).Value;
        var row = Assert.Single(now.Now);
        Assert.Equal(("Anders Alfasen", 10m, "Må melde afbud om morgenen", 1), (row.CitizenName, row.WeeklyHoursNow!.Value, row.FlexAttendance, row.Agreement!.Number));
        Assert.Empty(now.Before);
        Assert.IsType<Result<PartyAgreement.Output>.Ok>(await ReadAsync(app, app.Data.MentorA, course.AgreementId));
        // Job centre B's placement and agreement are not the mentor's.
        Assert.IsType<Result<PartyAgreement.Output>.NotFound>(await ReadAsync(app, app.Data.MentorA, app.Data.AgreementB));

        // Another mentor takes over: the citizen moves to "before", with nothing but who and when.
        await using (var scope = app.SystemScope(out var db))
        {
            var other = new CompanyMentor { JobCentreId = app.Data.CentreA, CompanyId = app.Data.CompanyA, Name = "Ole Anden" };
            db.Mentors.Add(other);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.SystemScope(out var db))
        {
            var other = await db.Mentors.SingleAsync(m => m.Name == "Ole Anden");
            Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<ChangeMentor, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(course.PlacementId,
                new ChangeMentor.Input { MentorId = other.Id, From = Today.AddDays(-2) })));
        }

        var later = Assert.IsType<Result<MentorOverview.Output>.Ok>(await app.AsAsync<MentorOverview, Result<MentorOverview.Output>>(app.Data.MentorA, s => s.RunAsync())).Value;
        Assert.Empty(later.Now);
        var past = Assert.Single(later.Before);
        Assert.Equal(("Anders Alfasen", Today.AddDays(-30)), (past.CitizenName, past.From));
        Assert.IsType<Result<PartyAgreement.Output>.NotFound>(await ReadAsync(app, app.Data.MentorA, course.AgreementId));
        Assert.IsType<Result<PartyAgreement.Output>.NotFound>(await AcceptAsync(app, app.Data.MentorA, course.AgreementId, new string('a', 64)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_citizen_sees_only_their_own_course_and_accepts_their_agreement_by_the_text_they_were_shown(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var course = await CourseAsync(app);
        var mine = Assert.IsType<Result<CitizenOverview.Output>.Ok>(await app.AsAsync<CitizenOverview, Result<CitizenOverview.Output>>(app.Data.CitizenUserA, s => s.RunAsync())).Value;
        Assert.Equal(("Alfa Bageri ApS", "Mette Mentor", "Faste mødetider"), (mine.Current!.Company, mine.Current.Mentor, mine.Current.PlacementGoal));
        Assert.Contains(mine.Contacts, c => c.Role == "Koordinerende sagsbehandler" && c.Name == "Sagsbehandler A");
        Assert.Contains(mine.Contacts, c => c.Name == "Mette Mentor" && c.Phone == "11 22 33 44" && c.Email == "mette@alfa.example");
        Assert.False(mine.Agreement!.AcceptedByMe);

        Assert.IsType<Result<PartyAgreement.Output>.NotFound>(await ReadAsync(app, app.Data.CitizenUserA, app.Data.AgreementB));
        var wrong = Assert.IsType<Result<PartyAgreement.Output>.Invalid>(await AcceptAsync(app, app.Data.CitizenUserA, course.AgreementId, new string('0', 64)));
        Assert.Contains("ikke den, du fik vist", wrong.Errors[nameof(PartyAgreement.Input.TextHash)][0], StringComparison.Ordinal);
        var unread = Assert.IsType<Result<PartyAgreement.Output>.Invalid>(await app.AsAsync<PartyAgreement, Result<PartyAgreement.Output>>(app.Data.CitizenUserA,
            s => s.AcceptAsync(course.AgreementId, new PartyAgreement.Input { TextHash = new string('0', 64), HasRead = false })));
        Assert.Contains(nameof(PartyAgreement.Input.HasRead), unread.Errors.Keys);

        var accepted = Assert.IsType<Result<PartyAgreement.Output>.Ok>(await AcceptAsync(app, app.Data.CitizenUserA, course.AgreementId)).Value;
        Assert.True(accepted.AcceptedByMe);
        await using var scope = app.SystemScope(out var db);
        var row = await db.AgreementAcceptances.SingleAsync(a => a.AgreementId == course.AgreementId);
        var agreement = await db.Agreements.Include(a => a.SubGoals).SingleAsync(a => a.Id == course.AgreementId);
        Assert.Equal((AgreementParty.Citizen, AcceptanceWay.InVc2, "Borger A", AgreementText.Hash(agreement)), (row.Party, row.Way, row.By, row.TextHash));
        Assert.NotNull(agreement.AcceptedByCitizenAtUtc);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_company_contact_sees_its_own_company_with_first_names_only_and_accepts_for_the_company(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var course = await CourseAsync(app);
        var company = Assert.IsType<Result<CompanyOverview.Output>.Ok>(await app.AsAsync<CompanyOverview, Result<CompanyOverview.Output>>(course.ContactUserId, s => s.RunAsync())).Value;
        Assert.Equal(("Alfa Bageri ApS", 1, 1), (company.CompanyName, company.PlacesToday, company.InUseToday));
        var placed = Assert.Single(company.PlacedNow);
        Assert.Equal(("Anders", "Mette Mentor"), (placed.FirstName, placed.Mentor));
        Assert.Equal(course.AgreementId, Assert.Single(company.AwaitingAcceptance).AgreementId);
        var read = Assert.IsType<Result<PartyAgreement.Output>.Ok>(await ReadAsync(app, course.ContactUserId, course.AgreementId)).Value;
        Assert.Equal("Anders", read.CitizenName); // the company sees the citizen's first name
        Assert.IsType<Result<PartyAgreement.Output>.NotFound>(await ReadAsync(app, course.ContactUserId, app.Data.AgreementB));

        Assert.IsType<Result<PartyAgreement.Output>.Ok>(await AcceptAsync(app, course.ContactUserId, course.AgreementId));
        var after = Assert.IsType<Result<CompanyOverview.Output>.Ok>(await app.AsAsync<CompanyOverview, Result<CompanyOverview.Output>>(course.ContactUserId, s => s.RunAsync())).Value;
        Assert.Empty(after.AwaitingAcceptance);
        // The mentor sees the company's acceptance, and cannot accept for the company again.
        Assert.True(Assert.IsType<Result<PartyAgreement.Output>.Ok>(await ReadAsync(app, app.Data.MentorA, course.AgreementId)).Value.AcceptedByMe);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_new_version_asks_for_acceptance_again_and_the_caseworker_registers_a_paper_signature_with_its_date(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var course = await CourseAsync(app);
        var v1 = Assert.IsType<Result<PartyAgreement.Output>.Ok>(await ReadAsync(app, app.Data.CitizenUserA, course.AgreementId)).Value;
        Assert.IsType<Result<PartyAgreement.Output>.Ok>(await AcceptAsync(app, app.Data.CitizenUserA, course.AgreementId));
        var v2 = Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(course.PlacementId, new SaveAgreement.Input { LongTermGoal = "Job i et bageri", PlacementGoal = "Flere timer", TasksAndHours = "Bagning, 15 timer", MentorRole = "Daglig støtte", SubGoals = "Møder til tiden" }))).Value;

        var mine = Assert.IsType<Result<CitizenOverview.Output>.Ok>(await app.AsAsync<CitizenOverview, Result<CitizenOverview.Output>>(app.Data.CitizenUserA, s => s.RunAsync())).Value;
        Assert.Equal((2, false), (mine.Agreement!.Number, mine.Agreement.AcceptedByMe));
        // Version 1 cannot be accepted any more (by the company either), and version 2 has a text of its own.
        var old = Assert.IsType<Result<PartyAgreement.Output>.Invalid>(await AcceptAsync(app, app.Data.MentorA, course.AgreementId, v1.TextHash));
        Assert.Contains("nyere version", old.Errors[nameof(PartyAgreement.Input.TextHash)][0], StringComparison.Ordinal);
        Assert.NotEqual(v1.TextHash, Assert.IsType<Result<PartyAgreement.Output>.Ok>(await ReadAsync(app, app.Data.CitizenUserA, v2.Id)).Value.TextHash);

        // At the desk: the company's signature on paper, with the day it was signed.
        async Task<Result<int>> PaperAsync(DateOnly? signed) => await app.AsAsync<AcceptAgreement, Result<int>>(app.Data.CaseworkerA,
            s => s.RunAsync(v2.Id, new AcceptAgreement.Input { Party = AgreementParty.Company, AcceptedBy = "Mette Mentor", SignedOn = signed, Version = 1 }));
        Assert.Contains(nameof(AcceptAgreement.Input.SignedOn), Assert.IsType<Result<int>.Invalid>(await PaperAsync(null)).Errors.Keys);
        Assert.Contains(nameof(AcceptAgreement.Input.SignedOn), Assert.IsType<Result<int>.Invalid>(await PaperAsync(Today.AddDays(1))).Errors.Keys);
        Assert.IsType<Result<int>.Ok>(await PaperAsync(Today));
        await using var scope = app.SystemScope(out var db);
        var paper = await db.AgreementAcceptances.SingleAsync(a => a.AgreementId == v2.Id);
        Assert.Equal((AgreementParty.Company, AcceptanceWay.Paper, Today), (paper.Party, paper.Way, paper.SignedOn!.Value));
        var agreement = Assert.IsType<Result<GetAgreement.Output>.Ok>(await app.AsAsync<GetAgreement, Result<GetAgreement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(v2.Id))).Value;
        Assert.Equal(agreement.TextHash, paper.TextHash);
        Assert.Equal(("Mette Mentor", "11 22 33 44"), (agreement.Mentor!.Name, agreement.Mentor.Phone));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_personal_link_is_sent_without_names_opens_once_signs_the_party_in_and_their_acceptance_is_by_link(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var course = await CourseAsync(app);
        List<OutboxMessage> messages;
        OutboxSeal seal;
        await using (var scope = app.SystemScope(out var db))
        {
            messages = await db.Outbox.Where(m => m.Purpose.StartsWith("Ny arbejdsaftale")).ToListAsync();
            seal = scope.ServiceProvider.GetRequiredService<OutboxSeal>();
        }

        // The citizen has a phone number (a text), the mentor an e-mail address; company A has no contact person.
        Assert.Equal([(OutboxChannel.Sms, "12 34 56 78"), (OutboxChannel.Email, "mette@alfa.example")],
            messages.OrderBy(m => m.Channel).Select(m => (m.Channel, m.To)).OrderByDescending(m => m.Channel));
        foreach (var message in messages)
        {
            var text = seal.Open(message.SealedBody!);
            Assert.DoesNotContain("Alfasen", text, StringComparison.Ordinal); // no personal data beyond a first name
            Assert.Contains(PartyLinks.Masked, message.Body, StringComparison.Ordinal);
            Assert.DoesNotMatch(LinkPattern(), message.Body!);
        }

        var citizenText = seal.Open(messages.Single(m => m.Channel == OutboxChannel.Sms).SealedBody!);
        Assert.StartsWith("Hej Anders.", citizenText, StringComparison.Ordinal);
        var token = LinkPattern().Match(citizenText).Groups[1].Value;
        var browser = app.Anonymous();
        var page = await browser.GetStringAsync($"/link/{token}");
        Assert.Contains("Fortsæt", page, StringComparison.Ordinal); // looking does not use it up
        var opened = await browser.PostAsync($"/link/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(page) }));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/aftale/{course.AgreementId}", opened.Headers.Location!.OriginalString);
        var agreementPage = await browser.GetStringAsync($"/aftale/{course.AgreementId}");
        var hash = Regex.Match(agreementPage, "name=\"Input.TextHash\" value=\"([0-9a-f]{64})\"").Groups[1].Value;
        var accepted = await browser.PostAsync($"/aftale/{course.AgreementId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TextHash"] = hash, ["Input.HasRead"] = "true", ["__RequestVerificationToken"] = TestApp.AntiforgeryToken(agreementPage),
        }));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            var row = await db.AgreementAcceptances.SingleAsync(a => a.AgreementId == course.AgreementId);
            Assert.Equal((AgreementParty.Citizen, AcceptanceWay.Link, "Anders Alfasen"), (row.Party, row.Way, row.By));
        }

        // Once only; junk and expired links are refused with a reason, and sign nobody in.
        var again = app.Anonymous();
        var second = await again.GetStringAsync($"/link/{token}");
        Assert.Contains("allerede brugt", second, StringComparison.Ordinal);
        Assert.Contains("findes ikke", await again.GetStringAsync("/link/ikke-et-link"), StringComparison.Ordinal);
        var mentorText = seal.Open(messages.Single(m => m.Channel == OutboxChannel.Email).SealedBody!);
        var mentorToken = LinkPattern().Match(mentorText).Groups[1].Value;
        await using (var scope = app.SystemScope(out var db))
        {
            var hashed = LinkToken.Hash(mentorToken);
            await db.PartyLinks.Where(l => l.TokenHash == hashed).ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1)));
        }

        Assert.Contains("udløb", await again.GetStringAsync($"/link/{mentorToken}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/mentor")).StatusCode); // still not signed in
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_mentor_answers_an_invitation_and_the_project_leader_sees_the_answer(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await CourseAsync(app);
        var meeting = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<RecordMentorActivity, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA,
            RecordMentorActivity.Kind.Meeting, new RecordMentorActivity.Input { Date = Today.AddDays(7), Content = "Når borgeren melder sig syg" }))).Value;
        await using (var scope = app.SystemScope(out var db))
        {
            var invite = await db.Outbox.SingleAsync(m => m.Purpose == "Invitation til netværksmøde");
            Assert.Equal("mette@alfa.example", invite.To); // the mentor of a running placement
        }

        Assert.Null(Assert.Single(await app.AsAsync<MentorInvitations, IReadOnlyList<MentorInvitations.Event>>(app.Data.MentorA, s => s.RunAsync())).Comes);
        Assert.IsType<Result<bool>.Ok>(await app.AsAsync<AnswerInvitation, Result<bool>>(app.Data.MentorA, s => s.RunAsync(MentorEventKind.Meeting, meeting, comes: true)));
        Assert.True(Assert.Single(await app.AsAsync<MentorInvitations, IReadOnlyList<MentorInvitations.Event>>(app.Data.MentorA, s => s.RunAsync())).Comes);
        var network = Assert.IsType<Result<GetMentorNetwork.Output>.Ok>(await app.AsAsync<GetMentorNetwork, Result<GetMentorNetwork.Output>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA))).Value;
        Assert.Equal(["Mette Mentor"], network.Meetings.Single(m => m.Id == meeting).Comes);
        // Not another job centre's meeting, and not one that has taken place.
        Assert.IsType<Result<bool>.NotFound>(await app.AsAsync<AnswerInvitation, Result<bool>>(app.Data.MentorA, s => s.RunAsync(MentorEventKind.Meeting, Guid.NewGuid(), comes: true)));
        var past = Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<RecordMentorActivity, Result<Guid>>(app.Data.ProjectLeaderA, s => s.RunAsync(app.Data.CentreA,
            RecordMentorActivity.Kind.Course, new RecordMentorActivity.Input { Date = Today.AddDays(-7), Content = "Kursus" }))).Value;
        Assert.IsType<Result<bool>.Invalid>(await app.AsAsync<AnswerInvitation, Result<bool>>(app.Data.MentorA, s => s.RunAsync(MentorEventKind.Course, past, comes: false)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_citizen_comments_on_the_exit_strategy_and_sees_when_it_was_last_discussed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.IsType<Result<Guid>.Invalid>(await app.AsAsync<CommentOnExitStrategy, Result<Guid>>(app.Data.CitizenUserA, s => s.RunAsync(new CommentOnExitStrategy.Input { Text = "Hej" })));
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<Vc2.CaseWork.Citizens.ReviseExitStrategy, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new Vc2.CaseWork.Citizens.ReviseExitStrategy.Input { Target = Vc2.CaseWork.Citizens.ExitTarget.OrdinaryJob, Steps = "Flere timer, så job", DiscussedOn = Today.AddDays(-1) })));
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<CommentOnExitStrategy, Result<Guid>>(app.Data.CitizenUserA, s => s.RunAsync(new CommentOnExitStrategy.Input { Text = "Jeg vil gerne arbejde med dyr" })));
        var mine = Assert.IsType<Result<CitizenOverview.Output>.Ok>(await app.AsAsync<CitizenOverview, Result<CitizenOverview.Output>>(app.Data.CitizenUserA, s => s.RunAsync())).Value;
        Assert.Equal((Today.AddDays(-1), "Jeg vil gerne arbejde med dyr"), (mine.ExitStrategy!.DiscussedOn!.Value, Assert.Single(mine.ExitStrategy.Comments).Text));
        var page = await (await app.LoginAsync(app.Data.CaseworkerA)).GetStringAsync($"/borgere/{app.Data.CitizenA}");
        Assert.Contains("Jeg vil gerne arbejde med dyr", page, StringComparison.Ordinal);
        // Another citizen's user sees nothing of it: a mentor has no exit strategy to comment on.
        Assert.IsType<Result<Guid>.NotFound>(await app.AsAsync<CommentOnExitStrategy, Result<Guid>>(app.Data.MentorA, s => s.RunAsync(new CommentOnExitStrategy.Input { Text = "x" })));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_party_page_is_for_its_own_role_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var course = await CourseAsync(app);
        var pages = new Dictionary<string, Guid[]>
        {
            ["/mentor"] = [app.Data.MentorA],
            ["/mit-forloeb"] = [app.Data.CitizenUserA],
            ["/virksomhed"] = [course.ContactUserId],
            [$"/aftale/{course.AgreementId}"] = [app.Data.MentorA, app.Data.CitizenUserA, course.ContactUserId],
        };
        Guid[] everyone = [app.Data.CaseworkerA, app.Data.ProjectLeaderA, app.Data.Agency, app.Data.Evaluator, app.Data.MentorA, app.Data.CitizenUserA, course.ContactUserId];
        var clients = new Dictionary<Guid, HttpClient>();
        foreach (var user in everyone)
        {
            clients[user] = await app.LoginAsync(user);
        }

        foreach (var (page, allowed) in pages)
        {
            foreach (var user in everyone)
            {
                var status = (await clients[user].GetAsync(page)).StatusCode;
                Assert.True(allowed.Contains(user) ? status == HttpStatusCode.OK : status is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                    $"{page} answered {status} to {user}");
            }

            Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync(page)).StatusCode);
        }
    }

    [GeneratedRegex(@"/link/([A-Za-z0-9_\-]{43})")]
    private static partial Regex LinkPattern();
}
