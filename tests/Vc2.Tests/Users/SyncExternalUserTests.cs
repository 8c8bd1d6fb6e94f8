using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Parties;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;
using Vc2.Platform.Users;

namespace Vc2.Tests.Users;

/// <summary>An OpenID Connect login's role claims become VC2 memberships; the identity provider is the source of truth.</summary>
public sealed class SyncExternalUserTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static async Task<Result<Guid>> SyncAsync(TestApp app, SyncExternalUser.Input input) => (await SyncFullAsync(app, input)) switch
    {
        Result<SyncExternalUser.Output>.Ok ok => ok.Value.UserId,
        Result<SyncExternalUser.Output>.Invalid invalid => new Result<Guid>.Invalid(invalid.Errors),
        var other => throw new InvalidOperationException(other.ToString()),
    };

    private static async Task<Result<SyncExternalUser.Output>> SyncFullAsync(TestApp app, SyncExternalUser.Input input)
    {
        await using var scope = app.SystemScope(out _);
        return await scope.ServiceProvider.GetRequiredService<SyncExternalUser>().RunAsync(input);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_login_naming_only_unknown_municipalities_is_refused_with_their_numbers(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var refused = Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(
            await SyncFullAsync(app, new("sub-9", "Nina Ny", null, ["koordinerende-sagsbehandler:851", "projektleder:461"], null)));
        Assert.Equal("461, 851", Assert.Single(refused.Errors[SyncExternalUser.UnknownMunicipality]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_configured_first_administrator_gets_the_agency_role_without_a_role_claim(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Bootstrap:AgencyAdmins"] = "sub-admin, Admin@Styrelsen.example" });
        var bySubject = Assert.IsType<Result<SyncExternalUser.Output>.Ok>(await SyncFullAsync(app, new("sub-admin", "Ada Admin", null, [], null))).Value;
        var byEmail = Assert.IsType<Result<SyncExternalUser.Output>.Ok>(await SyncFullAsync(app, new("sub-x", "Bo Admin", "admin@styrelsen.example", [], null))).Value;
        Assert.IsType<Result<SyncExternalUser.Output>.Invalid>(await SyncFullAsync(app, new("sub-y", "Carl", "carl@styrelsen.example", [], null)));
        await using var scope = app.SystemScope(out var db);
        foreach (var id in new[] { bySubject.UserId, byEmail.UserId })
        {
            Assert.Equal(Role.Agency, Assert.Single((await db.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == id)).Memberships).Role);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Changed_roles_give_a_new_session_stamp_and_unchanged_roles_keep_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = Assert.IsType<Result<SyncExternalUser.Output>.Ok>(await SyncFullAsync(app, new("sub-s", "Sofie", null, ["projektleder:101"], null))).Value;
        var same = Assert.IsType<Result<SyncExternalUser.Output>.Ok>(await SyncFullAsync(app, new("sub-s", "Sofie", null, ["projektleder:101"], null))).Value;
        var changed = Assert.IsType<Result<SyncExternalUser.Output>.Ok>(await SyncFullAsync(app, new("sub-s", "Sofie", null, ["jobkonsulent:101"], null))).Value;
        Assert.Equal(first.SessionStamp, same.SessionStamp);
        Assert.NotEqual(first.SessionStamp, changed.SessionStamp);

        // Who got which access is in the audit log: when the user was made and when the roles changed, not at every login.
        await using var scope = app.SystemScope(out var db);
        var events = await db.AuditEvents.Where(e => e.Action.EndsWith("ved login")).OrderBy(e => e.Id).Select(e => new { e.Action, e.Detail }).ToListAsync();
        Assert.Equal(["Bruger oprettet ved login", "Roller ændret ved login"], events.Select(e => e.Action));
        Assert.Equal("Sofie (oidc:sub-s): ingen roller → projektleder:101", events[0].Detail);
        Assert.Equal("Sofie (oidc:sub-s): projektleder:101 → jobkonsulent:101", events[1].Detail);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Role_claims_with_municipality_numbers_become_memberships_and_are_replaced_at_next_login(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = await SyncAsync(app, new("sub-1", "Kim Kommune", "kim@example.dk", ["projektleder:101", "jobkonsulent:202", "styrelse", "ukendt:101", "projektleder:999"], null));
        var id = Assert.IsType<Result<Guid>.Ok>(first).Value;

        await using (var scope = app.SystemScope(out var db))
        {
            var user = await db.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == id);
            Assert.Equal("oidc:sub-1", user.UserName);
            Assert.Equal(3, user.Memberships.Count);
            Assert.Contains(user.Memberships, m => m.Role == Role.ProjectLeader && m.JobCentreId == app.Data.CentreA);
            Assert.Contains(user.Memberships, m => m.Role == Role.JobConsultant && m.JobCentreId == app.Data.CentreB);
            Assert.Contains(user.Memberships, m => m.Role == Role.Agency && m.JobCentreId == null);
        }

        var second = await SyncAsync(app, new("sub-1", "Kim Kommune", null, ["koordinerende-sagsbehandler:101"], null));
        Assert.Equal(id, Assert.IsType<Result<Guid>.Ok>(second).Value);
        await using (var scope = app.SystemScope(out var db))
        {
            var user = await db.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == id);
            Assert.Equal(Role.Caseworker, Assert.Single(user.Memberships).Role);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_mitid_login_is_matched_to_the_citizen_by_cpr_and_a_login_without_roles_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var citizen = await SyncAsync(app, new("mitid-7", "Anders Alfasen", null, [], "010270-1232"));
        var id = Assert.IsType<Result<Guid>.Ok>(citizen).Value;
        await using (var scope = app.SystemScope(out var db))
        {
            var user = await db.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == id);
            Assert.Equal(app.Data.CitizenA, user.CitizenId);
            Assert.Equal(Role.Citizen, Assert.Single(user.Memberships).Role);
        }

        var nobody = await SyncAsync(app, new("mitid-8", "Ukendt", null, ["borger"], "0101011234"));
        Assert.IsType<Result<Guid>.Invalid>(nobody);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_company_mentor_is_linked_to_the_mentor_record_with_their_email_in_that_job_centre(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var linked = Assert.IsType<Result<Guid>.Ok>(await SyncAsync(app, new("m-1", "Mette Mentor", " Mette@Alfa.example ", ["virksomhedsmentor:101"], null))).Value;
        var otherCentre = Assert.IsType<Result<Guid>.Ok>(await SyncAsync(app, new("m-2", "Mette Mentor", "mette@alfa.example", ["virksomhedsmentor:202"], null))).Value;
        await using var scope = app.SystemScope(out var db);
        Assert.Equal(app.Data.MentorOfCompanyA, (await db.Users.SingleAsync(u => u.Id == linked)).CompanyMentorId);
        Assert.Null((await db.Users.SingleAsync(u => u.Id == otherCentre)).CompanyMentorId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_company_contact_is_linked_to_the_company_whose_contact_email_they_log_in_with(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var scope = app.SystemScope(out var db))
        {
            var company = await db.Companies.SingleAsync(c => c.Id == app.Data.CompanyA);
            (company.ContactName, company.ContactEmail) = ("Karen Kontakt", "karen@alfa.example");
            await db.SaveChangesAsync();
        }

        var linked = Assert.IsType<Result<Guid>.Ok>(await SyncAsync(app, new("k-1", "Karen Kontakt", "Karen@Alfa.example", ["virksomhedskontakt:101"], null))).Value;
        var stranger = Assert.IsType<Result<Guid>.Ok>(await SyncAsync(app, new("k-2", "Kurt Anden", "kurt@andet.example", ["virksomhedskontakt:101"], null))).Value;
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(app.Data.CompanyA, (await db.Users.SingleAsync(u => u.Id == linked)).CompanyId);
            Assert.Null((await db.Users.SingleAsync(u => u.Id == stranger)).CompanyId);
        }

        // Signed in, the contact sees the company; the one without a company record sees nothing.
        var seen = await app.AsAsync<Vc2.CaseWork.Parties.CompanyOverview, Result<Vc2.CaseWork.Parties.CompanyOverview.Output>>(linked, s => s.RunAsync());
        Assert.Equal("Alfa Bageri ApS", Assert.IsType<Result<Vc2.CaseWork.Parties.CompanyOverview.Output>.Ok>(seen).Value.CompanyName);
        Assert.IsType<Result<Vc2.CaseWork.Parties.CompanyOverview.Output>.NotFound>(
            await app.AsAsync<Vc2.CaseWork.Parties.CompanyOverview, Result<Vc2.CaseWork.Parties.CompanyOverview.Output>>(stranger, s => s.RunAsync()));
    }
}
