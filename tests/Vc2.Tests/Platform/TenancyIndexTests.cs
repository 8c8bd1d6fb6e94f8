using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>Every table the tenancy filter narrows by job centre has an index that starts with
/// <c>JobCentreId</c>, so a job centre's page reads its own rows and does not scan the whole country's.</summary>
public sealed class TenancyIndexTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_tenant_table_has_an_index_that_starts_with_the_job_centre(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, seedTestData: false);
        await using var scope = app.SystemScope(out var db);
        var missing = db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && e.FindProperty(nameof(ITenantOwned.JobCentreId)) is not null)
            .Where(e => !e.GetIndexes().Any(i => i.Properties[0].Name == nameof(ITenantOwned.JobCentreId))
                        && e.FindPrimaryKey()?.Properties[0].Name != nameof(ITenantOwned.JobCentreId))
            .Select(e => e.GetTableName()!)
            .ToList();
        Assert.True(missing.Count == 0, "Without an index that starts with JobCentreId: " + string.Join(", ", missing));
    }
}
