using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;
using Vc2.Demo;
using Vc2.Platform.Security;
using Vc2.Tests.Infrastructure;
using Vc2.Platform.Users;

namespace Vc2.Tests.DemoData;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Demo_data_is_a_believable_programme_with_every_role()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var user = new CurrentUser().AsSystem("test");
        await using var db = DatabaseSetup.CreateContext(database.Settings, user);
        await db.Database.MigrateAsync();
        var protector = new CprProtector(new CprKeyOptions { LookupKey = TestApp.LookupKey, EncryptionKey = TestApp.EncryptionKey });

        var summary = await new DemoDataGenerator(db, protector).RunAsync();

        Assert.Equal(3, summary.JobCentres);
        Assert.Equal(40, summary.Companies);
        Assert.Equal(300, summary.Citizens);
        Assert.All(await db.Companies.ToListAsync(), c => Assert.True(Cvr.IsValid(c.Cvr), c.Cvr));
        var citizens = await db.Citizens.ToListAsync();
        Assert.Equal(300, citizens.Select(c => c.CprHash).Distinct().Count());
        var cprs = citizens.Select(c => protector.Decrypt(c.CprCipher)).ToList();
        Assert.All(cprs.Zip(citizens), x => Assert.Equal(x.Second.BirthDate, x.First.BirthDate));
        Assert.InRange(cprs.Count(c => !c.HasValidChecksum), 1, 40);
        var roles = await db.RoleMemberships.Select(m => m.Role).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<Role>().Order(), roles.Order());
        Assert.All(await db.Users.ToListAsync(), u => Assert.True(u.IsDemo));

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DemoDataGenerator(db, protector).RunAsync());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_people()
    {
        async Task<List<string>> NamesAsync()
        {
            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            await using var db = DatabaseSetup.CreateContext(database.Settings, new CurrentUser().AsSystem("test"));
            await db.Database.MigrateAsync();
            var protector = new CprProtector(new CprKeyOptions { LookupKey = TestApp.LookupKey, EncryptionKey = TestApp.EncryptionKey });
            await new DemoDataGenerator(db, protector).RunAsync(seed: 7, citizensPerCentre: 10);
            return await db.Citizens.OrderBy(c => c.CprHash).Select(c => c.FirstName + " " + c.LastName).ToListAsync();
        }

        Assert.Equal(await NamesAsync(), await NamesAsync());
    }

    [Fact]
    public async Task A_national_demo_keeps_the_small_demo_as_it_was_and_adds_municipalities_that_differ()
    {
        async Task<(List<(string Centre, string Name)> Citizens, Dictionary<string, int> Sizes, int Users)> MakeAsync(int centres)
        {
            await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            await using var db = DatabaseSetup.CreateContext(database.Settings, new CurrentUser().AsSystem("test"));
            await db.Database.MigrateAsync();
            var protector = new CprProtector(new CprKeyOptions { LookupKey = TestApp.LookupKey, EncryptionKey = TestApp.EncryptionKey });
            var progress = new List<int>();
            var summary = await new DemoDataGenerator(db, protector).RunAsync(seed: 7, citizensPerCentre: 10, centres: centres, progress: new SyncProgress(progress));
            Assert.Equal(centres, summary.JobCentres);
            Assert.Equal(centres, progress.Count);
            var rows = await db.Citizens.Join(db.JobCentres, c => c.JobCentreId, j => j.Id, (c, j) => new { j.MunicipalityNumber, c.CprHash, Name = c.FirstName + " " + c.LastName })
                .OrderBy(x => x.MunicipalityNumber).ThenBy(x => x.CprHash).ToListAsync();
            return (rows.Select(r => (r.MunicipalityNumber, r.Name)).ToList(), rows.GroupBy(r => r.MunicipalityNumber).ToDictionary(g => g.Key, g => g.Count()), summary.Users);
        }

        var small = await MakeAsync(3);
        var national = await MakeAsync(7);
        string[] originals = ["461", "751", "851"];
        Assert.Equal(small.Citizens, national.Citizens.Where(c => originals.Contains(c.Centre)).ToList());
        Assert.Equal(["101", "147", "151", "153", "461", "751", "851"], national.Sizes.Keys.Order().ToArray());
        var added = national.Sizes.Where(s => !originals.Contains(s.Key)).Select(s => s.Value).ToList();
        Assert.All(added, n => Assert.InRange(n, 6, 14)); // 60–140 % of the average
        Assert.True(added.Distinct().Count() > 1, "the added job centres differ in size");
        Assert.True(national.Users > small.Users);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => MakeAsync(DemoDataGenerator.MaxCentres + 1));
    }

    private sealed class SyncProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }
}
