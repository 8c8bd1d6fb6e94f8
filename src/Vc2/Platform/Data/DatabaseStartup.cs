using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations, as the system (the web app at start, and every CLI command that touches the database).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
        await scope.ServiceProvider.GetRequiredService<Vc2Db>().Database.MigrateAsync(ct);
    }

    /// <summary>Whether the database holds any job centre yet (a new database holds none).</summary>
    public static async Task<bool> IsEmptyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
        return !await scope.ServiceProvider.GetRequiredService<Vc2Db>().JobCentres.AnyAsync(ct);
    }
}
