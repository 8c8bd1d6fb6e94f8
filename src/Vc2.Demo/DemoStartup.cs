using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;

namespace Vc2.Demo;

/// <summary>Demo mode's part of the start: the demo's use cases, and demo data in a new, empty database.</summary>
public static class DemoStartup
{
    public static IServiceCollection AddVc2Demo(this IServiceCollection services) => services.AddScoped<DemoDataGenerator>();

    /// <summary>Fills an empty database with demo data as of the demo's today, and loads the demo registers through the
    /// real imports. Nothing happens when the database holds data.</summary>
    public static async Task<DemoDataGenerator.Summary?> SeedIfEmptyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        if (!await DatabaseStartup.IsEmptyAsync(services, ct))
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
        var today = Today.In(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var summary = await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().RunAsync(today: today, ct: ct);
        await LoadDemoRegistersAsync(scope.ServiceProvider, today, ct);
        return summary;
    }

    /// <summary>Writes the demo's register files (and the evaluation's comparison extract) to a temporary folder and loads
    /// them through the real imports.</summary>
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
                await DemoRegisters.WriteAsync(services.GetRequiredService<Vc2Db>(), services.GetRequiredService<CprProtector>(), today, benefits, hours, ct: ct);
            }

            await using (var file = File.OpenRead(benefitsFile))
            {
                await services.GetRequiredService<Money.Registers.ImportBenefits>().RunAsync(file, "dream-demo.csv", ct: ct);
            }

            await using (var file = File.OpenRead(hoursFile))
            {
                await services.GetRequiredService<Money.Registers.ImportHours>().RunAsync(file, "timer-demo.csv", ct: ct);
            }

            // The evaluation's comparison group (ADR 0026), pseudonymised with the demo's export key.
            var comparisonFile = Path.Combine(folder, "sammenligning-demo.csv");
            await using (var comparison = new StreamWriter(comparisonFile))
            {
                await DemoComparisonExtract.WriteAsync(services.GetRequiredService<Vc2Db>(), services.GetRequiredService<CprProtector>(), today, comparison, ct: ct);
            }

            await using (var file = File.OpenRead(comparisonFile))
            {
                var imported = await services.GetRequiredService<Steering.Evaluation.ImportComparisonExtract>()
                    .RunAsync(file, "sammenligning-demo.csv", DemoComparisonExtract.ExportKey, ct: ct);
                if (imported is Result<Steering.Evaluation.ImportComparisonExtract.Report>.Invalid invalid)
                {
                    throw new InvalidOperationException("Demoens sammenligningsudtræk blev ikke indlæst: " + string.Join(" ", invalid.Errors.SelectMany(e => e.Value)));
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
