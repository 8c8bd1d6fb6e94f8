using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.DemoData;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data;

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
            var today = Platform.Common.Today.In(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            var summary = await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().RunAsync(today: today, ct: ct);
            await LoadDemoRegistersAsync(scope.ServiceProvider, today, ct);
            return summary;
        }

        return null;
    }

    /// <summary>Writes the demo's register files to a temporary folder and loads them through the real imports.</summary>
    public static async Task LoadDemoRegistersAsync(IServiceProvider services, DateOnly today, CancellationToken ct = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vc2-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var benefitsFile = Path.Combine(folder, "dream-demo.csv");
            var hoursFile = Path.Combine(folder, "timer-demo.csv");
            await using (var benefits = new StreamWriter(benefitsFile))
            await using (var hours = new StreamWriter(hoursFile))
            {
                await DemoRegisters.WriteAsync(services.GetRequiredService<Vc2Db>(), services.GetRequiredService<Platform.Security.CprProtector>(), today, benefits, hours, ct: ct);
            }

            await using (var file = File.OpenRead(benefitsFile))
            {
                await services.GetRequiredService<Money.Registers.ImportBenefits>().RunAsync(file, "dream-demo.csv", ct: ct);
            }

            await using (var file = File.OpenRead(hoursFile))
            {
                await services.GetRequiredService<Money.Registers.ImportHours>().RunAsync(file, "timer-demo.csv", ct: ct);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
