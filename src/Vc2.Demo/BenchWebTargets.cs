using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.Demo;

/// <summary>What <c>vc2 bench web</c> needs from a demo database: the size, the demo users it logs in as and a citizen
/// of the caseworker's to open. Read as the system; the bench then goes through the web app like any user.</summary>
public static class BenchWebTargets
{
    public sealed record Targets(int JobCentres, int Citizens, Guid JobCentreId, Guid Caseworker, Guid ProjectLeader, Guid Agency, Guid CitizenId, string CitizenLastName);

    /// <param name="municipalityNumber">The job centre whose caseworker (<c>demo-sb1-…</c>) and project leader are used.</param>
    public static async Task<Targets> ReadAsync(Vc2Db db, string municipalityNumber, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var centreId = await db.JobCentres.Where(j => j.MunicipalityNumber == municipalityNumber).Select(j => j.Id).SingleAsync(ct);
        var names = new[] { $"demo-sb1-{municipalityNumber}", $"demo-pl1-{municipalityNumber}", "demo-styrelse" };
        var users = await db.Users.Where(u => u.IsDemo && names.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName, u => u.Id, ct);
        var caseworker = users[names[0]];
        var citizen = await db.Citizens.Where(c => c.CoordinatingCaseworkerId == caseworker).OrderBy(c => c.Id).Select(c => new { c.Id, c.LastName }).FirstAsync(ct);
        return new Targets(await db.JobCentres.CountAsync(ct), await db.Citizens.CountAsync(ct), centreId, caseworker, users[names[1]], users[names[2]], citizen.Id, citizen.LastName);
    }
}
