using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.Parties;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Users;

/// <summary>MitID Erhverv (ADR 0028): a company mentor or contact person logs in as themselves. The first login finds
/// their record by the company's CVR number and their e-mail address, later logins by the persistent professional id;
/// they get the party's role only, and someone no job centre has registered is told who can register them.</summary>
public sealed class ProfessionalLoginTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private const string CvrA = "10000009";
    private static readonly DateOnly Today = Vc2.Platform.Common.Today.In(TimeProvider.System);

    private static SyncExternalUser.Input Erhverv(string id, string? email, string cvr = CvrA, IReadOnlyList<string>? roles = null) =>
        new("nemlogin-" + id, "Mette Mentor", email, roles ?? [], null, cvr, "urn:uuid:" + id);

    private static async Task<Result<SyncExternalUser.Output>> SyncAsync(TestApp app, SyncExternalUser.Input input)
    {
        await using var scope = app.SystemScope(out _);
        return await scope.ServiceProvider.GetRequiredService<SyncExternalUser>().RunAsync(input);
    }

    private static async Task<SyncExternalUser.Output> SignedInAsync(TestApp app, SyncExternalUser.Input input) =>
        Assert.IsType<Result<SyncExternalUser.Output>.Ok>(await SyncAsync(app, input)).Value;

    private static async Task<AppUser> UserAsync(TestApp app, Guid id)
    {
        await using var scope = app.SystemScope(out var db);
        return await db.Users.AsNoTracking().Include(u => u.Memberships).SingleAsync(u => u.Id == id);
    }

    private static async Task SetContactAsync(TestApp app, Guid companyId, string? name, string? email)
    {
        await using var scope = app.SystemScope(out var db);
        var company = await db.Companies.SingleAsync(c => c.Id == companyId);
        (company.ContactName, company.ContactEmail) = (name, email);
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_first_login_finds_the_mentor_by_cvr_and_email_and_binds_them_with_the_mentor_role_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var login = await SignedInAsync(app, Erhverv("mette", " Mette@Alfa.Example "));

        var user = await UserAsync(app, login.UserId);
        Assert.Equal("erhverv:urn:uuid:mette", user.UserName);
        Assert.Equal((app.Data.MentorOfCompanyA, (Guid?)null, (Guid?)null), (user.CompanyMentorId, user.CompanyId, user.CitizenId));
        var membership = Assert.Single(user.Memberships);
        Assert.Equal((Role.CompanyMentor, app.Data.CentreA), (membership.Role, membership.JobCentreId));
        await using var scope = app.SystemScope(out var db);
        Assert.Equal("Mette Mentor (erhverv:urn:uuid:mette): ingen roller → virksomhedsmentor:101",
            await db.AuditEvents.Where(e => e.Action == "Bruger oprettet ved login").Select(e => e.Detail).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_later_login_with_a_changed_email_keeps_the_binding_by_the_persistent_id(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = await SignedInAsync(app, Erhverv("mette", "mette@alfa.example"));
        var later = await SignedInAsync(app, Erhverv("mette", "mette.mentor@nyt-domaene.example"));

        Assert.Equal((first.UserId, first.SessionStamp), (later.UserId, later.SessionStamp));
        var user = await UserAsync(app, later.UserId);
        Assert.Equal(app.Data.MentorOfCompanyA, user.CompanyMentorId);
        Assert.Equal("mette.mentor@nyt-domaene.example", user.Email);

        // Another person with the new address and no binding of their own is not anyone's mentor.
        var stranger = Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(await SyncAsync(app, Erhverv("anden", "mette.mentor@nyt-domaene.example")));
        Assert.Equal(CvrA, Assert.Single(stranger.Errors[SyncExternalUser.NotRegistered]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_binding_ends_when_the_company_no_longer_has_the_cvr_and_the_users_sessions_end_with_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = await SignedInAsync(app, Erhverv("mette", "mette@alfa.example"));
        await using (var scope = app.SystemScope(out var db))
        {
            (await db.Companies.SingleAsync(c => c.Id == app.Data.CompanyA)).Cvr = "20000007";
            await db.SaveChangesAsync();
        }

        Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(await SyncAsync(app, Erhverv("mette", "mette@alfa.example")));
        var user = await UserAsync(app, first.UserId);
        Assert.Empty(user.Memberships);
        Assert.Null(user.CompanyMentorId);
        Assert.NotEqual(first.SessionStamp, user.SessionStamp);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_login_for_another_cvr_or_without_an_email_is_refused_as_not_registered_and_writes_no_user(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var otherCvr = Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(await SyncAsync(app, Erhverv("mette", "mette@alfa.example", cvr: "20000007")));
        Assert.Equal("20000007", Assert.Single(otherCvr.Errors[SyncExternalUser.NotRegistered]));
        Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(await SyncAsync(app, Erhverv("mette", null)));
        var unreadable = Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(await SyncAsync(app, Erhverv("mette", "mette@alfa.example", cvr: "ikke et cvr")));
        Assert.Equal("", Assert.Single(unreadable.Errors[SyncExternalUser.NotRegistered]));
        await using var scope = app.SystemScope(out var db);
        Assert.False(await db.Users.AnyAsync(u => u.UserName.StartsWith("erhverv:")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_mentor_who_is_also_the_contact_is_bound_to_both_and_sees_both_pages_in_full(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SetContactAsync(app, app.Data.CompanyA, "Mette Mentor", "mette@alfa.example");
        var login = await SignedInAsync(app, Erhverv("mette", "mette@alfa.example"));
        var user = await UserAsync(app, login.UserId);
        Assert.Equal((app.Data.MentorOfCompanyA, app.Data.CompanyA), (user.CompanyMentorId!.Value, user.CompanyId!.Value));
        Assert.Equal([(Role.CompanyMentor, app.Data.CentreA), (Role.CompanyContact, app.Data.CentreA)],
            user.Memberships.OrderBy(m => m.Role).Select(m => (m.Role, m.JobCentreId!.Value)));

        // The mentor's page through the mentor's door, the company's page (contracts included) through the company's.
        await using (var scope = app.SystemScope(out var db))
        {
            (await db.Users.SingleAsync(u => u.Id == login.UserId)).IsDemo = true; // to sign in through the demo login
            await db.SaveChangesAsync();
        }

        var browser = await app.LoginAsync(login.UserId);
        Assert.Contains("Mine forløb som virksomhedsmentor", await browser.GetStringAsync("/mentor"), StringComparison.Ordinal);
        var company = await browser.GetStringAsync("/virksomhed");
        Assert.Contains("Alfa Bageri ApS i Virksomhedscenter generation 2", company, StringComparison.Ordinal);
        Assert.Contains("id=\"contracts\"", company, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/borgere")).StatusCode); // no staff role
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_login_with_staff_role_claims_takes_the_staff_path_even_with_mitid_erhverv_claims(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await SignedInAsync(app, Erhverv("kim", "mette@alfa.example", roles: ["jobkonsulent:101"]));
        var user = await UserAsync(app, staff.UserId);
        Assert.Equal("oidc:nemlogin-kim", user.UserName);
        Assert.Null(user.CompanyMentorId);
        Assert.Equal(Role.JobConsultant, Assert.Single(user.Memberships).Role);

        // A role claim naming an unknown municipality is still refused as that, not as a company person.
        var unknown = Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(await SyncAsync(app, Erhverv("ulla", "mette@alfa.example", roles: ["jobkonsulent:999"])));
        Assert.True(unknown.Errors.ContainsKey(SyncExternalUser.UnknownMunicipality));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_person_registered_in_two_job_centres_is_bound_where_they_mentor_a_citizen_today(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Guid mentorInB;
        await using (var scope = app.SystemScope(out var db))
        {
            // Job centre B keeps its own, newer record of the same company, with the same mentor.
            var companyInB = new Company { JobCentreId = app.Data.CentreB, Cvr = CvrA, Name = "Alfa Bageri ApS", ContactName = "Mette Mentor", ContactEmail = "mette@alfa.example" };
            var mentor = new CompanyMentor { JobCentreId = app.Data.CentreB, CompanyId = companyInB.Id, Name = "Mette Mentor", Email = "METTE@alfa.example" };
            db.Companies.Add(companyInB);
            db.Mentors.Add(mentor);
            await db.SaveChangesAsync();
            mentorInB = mentor.Id;
        }

        // Without a course anywhere, the newest record; once job centre A places a citizen with her, A's.
        var before = await SignedInAsync(app, Erhverv("mette", "mette@alfa.example"));
        Assert.Equal(mentorInB, (await UserAsync(app, before.UserId)).CompanyMentorId);
        await using (var scope = app.SystemScope(out var db))
        {
            (await db.Users.SingleAsync(u => u.Id == before.UserId)).CompanyMentorId = null; // as if the first login were now
            await db.SaveChangesAsync();
        }

        var d = app.Data;
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<StartPlacement, Result<Guid>>(d.CaseworkerA, s => s.RunAsync(d.CitizenA,
            new StartPlacement.Input { CompanyId = d.CompanyA, ContractId = d.ContractA, MentorId = d.MentorOfCompanyA, Start = Today.AddDays(-3), WeeklyHoursNow = 10, WeeklyHoursTarget = 20 })));
        var after = await UserAsync(app, (await SignedInAsync(app, Erhverv("mette", "mette@alfa.example"))).UserId);
        Assert.Equal(d.MentorOfCompanyA, after.CompanyMentorId);
        Assert.Contains(after.Memberships, m => m.Role == Role.CompanyMentor && m.JobCentreId == d.CentreA);
        Assert.DoesNotContain(after.Memberships, m => m.Role == Role.CompanyMentor && m.JobCentreId == d.CentreB);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Someone_not_registered_is_told_in_danish_who_can_register_them_instead_of_a_404(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var refused = await app.Anonymous().GetAsync("/log-ind/afvist?aarsag=ikke-registreret&cvr=10000009");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Du er logget ind med MitID Erhverv for CVR 10000009, men intet jobcenter har registreret dig", text, StringComparison.Ordinal);
        Assert.Contains("Bed jobcentrets faste kontaktperson for virksomheden om at registrere dig", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/log-ind/link\"", text, StringComparison.Ordinal);
        // The address the login carried comes in the protected TempData cookie the login sets, not in the page's address.
        await using (var scope = app.SystemScope(out _))
        {
            var login = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = scope.ServiceProvider };
            Vc2.Web.Pages.Account.RefusedModel.KeepEmail(login, "mette@andet.example");
            var cookie = login.Response.Headers.SetCookie.ToString().Split(';')[0];
            Assert.DoesNotContain("mette", cookie, StringComparison.OrdinalIgnoreCase);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/log-ind/afvist?aarsag=ikke-registreret&cvr=10000009");
            request.Headers.Add("Cookie", cookie);
            var shown = await (await app.Anonymous().SendAsync(request)).Content.ReadAsStringAsync();
            Assert.Contains("med e-mailadressen mette@andet.example.", shown, StringComparison.Ordinal);
        }

        // The query is not trusted: only eight digits are shown as a CVR number.
        var untrusted = await (await app.Anonymous().GetAsync("/log-ind/afvist?aarsag=ikke-registreret&cvr=%3Cb%3E")).Content.ReadAsStringAsync();
        Assert.Contains("Du er logget ind med MitID Erhverv, men", untrusted, StringComparison.Ordinal);

        // Signed in as a mentor or a contact whose record no job centre has (any more): the explanation, not a 404.
        Guid mentor, contact;
        await using (var scope = app.SystemScope(out var db))
        {
            var m = new AppUser { UserName = "m", DisplayName = "Mads", IsDemo = true, Memberships = [new RoleMembership { Role = Role.CompanyMentor, JobCentreId = app.Data.CentreA }] };
            var c = new AppUser { UserName = "c", DisplayName = "Conni", IsDemo = true, Memberships = [new RoleMembership { Role = Role.CompanyContact, JobCentreId = app.Data.CentreA }] };
            db.Users.AddRange(m, c);
            await db.SaveChangesAsync();
            (mentor, contact) = (m.Id, c.Id);
        }

        var asMentor = await (await app.LoginAsync(mentor)).GetAsync("/mentor");
        Assert.Equal(HttpStatusCode.OK, asMentor.StatusCode);
        Assert.Contains("intet jobcenter har registreret dig som virksomhedsmentor", await asMentor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var asContact = await (await app.LoginAsync(contact)).GetAsync("/virksomhed");
        Assert.Equal(HttpStatusCode.OK, asContact.StatusCode);
        Assert.Contains("intet jobcenter har registreret dig som virksomhedens kontaktperson", await asContact.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_contact_bound_by_mitid_erhverv_accepts_the_agreement_for_the_company(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SetContactAsync(app, app.Data.CompanyB, "Bo Beta", "bo@beta.example");
        var login = await SignedInAsync(app, Erhverv("bo", "bo@beta.example", cvr: "20000007"));
        var read = Assert.IsType<Result<PartyAgreement.Output>.Ok>(await app.AsAsync<PartyAgreement, Result<PartyAgreement.Output>>(login.UserId, s => s.ReadAsync(app.Data.AgreementB))).Value;
        Assert.Equal(("Bodil", AgreementParty.Company), (read.CitizenName, read.AcceptsAs)); // first name only
        Assert.IsType<Result<PartyAgreement.Output>.Ok>(await app.AsAsync<PartyAgreement, Result<PartyAgreement.Output>>(login.UserId,
            s => s.AcceptAsync(app.Data.AgreementB, new PartyAgreement.Input { TextHash = read.TextHash, HasRead = true })));
        var own = Assert.IsType<Result<CompanyOverview.Output>.Ok>(await app.AsAsync<CompanyOverview, Result<CompanyOverview.Output>>(login.UserId, s => s.RunAsync())).Value;
        Assert.Equal(("Beta Smedje ApS", "Jobcenter Beta"), (own.CompanyName, own.JobCentre));
        Assert.Equal(Role.CompanyContact, Assert.Single((await UserAsync(app, login.UserId)).Memberships).Role);
    }
}
