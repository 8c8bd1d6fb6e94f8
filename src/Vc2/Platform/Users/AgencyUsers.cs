using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>Whether anyone holds the agency role: without one, and without a configured first administrator, nobody
/// could set a new programme up.</summary>
public static class AgencyUsers
{
    public static async Task<bool> AnyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
        return await scope.ServiceProvider.GetRequiredService<Vc2Db>().RoleMemberships.AnyAsync(m => m.Role == Role.Agency, ct);
    }
}
