using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.DemoData;
using Vc2.Users;

namespace Vc2.Data;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations and, when asked (demo mode on a new SQLite database), fills in demo data.</summary>
    public static async Task<DemoDataGenerator.Summary?> PrepareAsync(IServiceProvider services, bool seedDemoDataIfEmpty, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        await db.Database.MigrateAsync(ct);
        if (seedDemoDataIfEmpty && !await db.JobCentres.AnyAsync(ct))
        {
            var today = Common.Today.In(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            return await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().RunAsync(today: today, ct: ct);
        }

        return null;
    }
}
