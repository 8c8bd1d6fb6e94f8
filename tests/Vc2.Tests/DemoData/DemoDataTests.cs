using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Citizens;
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
}
