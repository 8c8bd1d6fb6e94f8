using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>The named tenancy filters (ADR 0002): every table of personal data has all five (staff, national and one per
/// party), a national read is never unfiltered, and it shows the agency every job centre and anyone else no more than
/// their own filter does.</summary>
public sealed class NamedFilterTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_table_with_a_tenancy_filter_has_all_five_named_filters_and_no_unnamed_one(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, seedTestData: false);
        await using var scope = app.SystemScope(out var db);
        var filtered = db.Model.GetEntityTypes().Where(t => t.GetDeclaredQueryFilters().Count > 0).ToList();
        Assert.Contains(filtered, t => t.ClrType == typeof(Vc2.CaseWork.Citizens.Citizen));
        Assert.All(db.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)), t => Assert.Contains(t, filtered));
        Assert.All(filtered, t => Assert.Equal([Tenancy.Citizen, Tenancy.Company, Tenancy.Mentor, Tenancy.National, Tenancy.PersonalData], t.GetDeclaredQueryFilters().Select(f => f.Key).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_national_read_shows_the_agency_every_job_centre_and_staff_only_their_own(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        async Task<(int Personal, int National, int Placements)> CountAsync(Guid? userId)
        {
            await using var scope = userId is { } id ? await app.UserScopeAsync(id) : app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
            return (await db.Citizens.CountAsync(), await db.Citizens.Nationally().CountAsync(), await db.Placements.Nationally().CountAsync());
        }

        Assert.Equal((0, 3, 1), await CountAsync(app.Data.Agency)); // names never: the agency's personal-data filter shows no citizen
        Assert.Equal((0, 3, 1), await CountAsync(app.Data.Evaluator));
        Assert.Equal((2, 2, 0), await CountAsync(app.Data.CaseworkerA)); // placement B is job centre B's
        Assert.Equal((1, 1, 1), await CountAsync(app.Data.CaseworkerB));
        Assert.Equal((1, 1, 0), await CountAsync(app.Data.CitizenUserA)); // a citizen: themselves
        Assert.Equal((0, 0, 0), await CountAsync(app.Data.MentorA));
        Assert.Equal((0, 0, 0), await CountAsync(null)); // no one signed in: nothing (fail closed)
    }
}
