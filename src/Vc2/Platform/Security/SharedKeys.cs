using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Platform.Security;

/// <summary>
/// The data-protection keys (login cookies, antiforgery tokens) live in the database, so every instance reads the same
/// ones. Only the very first key is a race: two instances starting on a new database would each make one and use it at
/// once, and a cookie from one would not open on the other until their key rings are read again. So the first key is
/// made at start, under a database lease. Later keys are made two days before they are used, so every instance has
/// read them by then (the library's own rule).
/// </summary>
public static class SharedKeys
{
    private const string LeaseName = "data-protection-keys";

    public static async Task EnsureKeyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<IKeyManager>() is not { } keys)
        {
            return; // no data protection here (the CLI)
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("opstart");
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        var owner = Guid.NewGuid().ToString("N");
        var giveUp = DateTime.UtcNow.AddSeconds(30);
        bool held;
        while (!(held = await db.TryAcquireAsync(LeaseName, owner, TimeSpan.FromSeconds(30), DateTime.UtcNow, ct)) && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(250, ct); // another instance is making the key
        }

        try
        {
            var now = DateTimeOffset.UtcNow;
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
            {
                keys.CreateNewKey(now, now.AddDays(90));
            }
        }
        finally
        {
            if (held)
            {
                await db.ReleaseAsync(LeaseName, owner);
            }
        }
    }
}
