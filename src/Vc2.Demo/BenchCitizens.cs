using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;
using Vc2.Platform.Security;

namespace Vc2.Demo;

/// <summary>The citizens behind the import benchmark and the national extract: enrolled in bulk in one bench job
/// centre, or read back as CPR numbers to hide among invented ones.</summary>
public static class BenchCitizens
{
    /// <summary>Enrols the given CPR numbers in a job centre "Jobcenter Bench" (999), 5,000 per save.</summary>
    public static async Task EnrolAsync(Vc2Db db, CprProtector protector, IEnumerable<string> cprs, int count, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protector);
        var centre = new JobCentre { Name = "Jobcenter Bench", MunicipalityNumber = "999", ExpectedParticipants = count };
        db.JobCentres.Add(centre);
        await db.SaveChangesAsync(ct);
        foreach (var chunk in cprs.Take(count).Chunk(5000))
        {
            db.Citizens.AddRange(chunk.Select(c =>
            {
                var cpr = Cpr.Parse(c);
                return new Citizen
                {
                    JobCentreId = centre.Id, CprHash = protector.Hash(cpr), CprCipher = protector.Encrypt(cpr), BirthDate = cpr.BirthDate,
                    FirstName = "Bench", LastName = "Borger", TargetGroup = TargetGroup.KontanthjaelpTwoYears, EnrolmentDate = new DateOnly(2014, 1, 6),
                };
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The CPR numbers (ten digits) of every enrolled citizen, decrypted.</summary>
    public static async Task<List<string>> EnrolledCprsAsync(Vc2Db db, CprProtector protector, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protector);
        return (await db.Citizens.Select(c => c.CprCipher).ToListAsync(ct)).Select(c => protector.Decrypt(c).Digits).ToList();
    }
}
