using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Placements;

/// <summary>The placement a case-work form is about, with the names its heading shows, in one query (see
/// <see cref="FormSubject"/> for when it is read and audited).</summary>
public sealed record PlacementSubject(Placement Placement, string CitizenName, string CompanyName, string? CitizenJobGoal)
{
    /// <summary>The placement under tenancy, tracked (the command may change it), with its mentor assignments.</summary>
    public static async Task<PlacementSubject?> LoadAsync(Vc2Db db, Guid placementId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await (from p in db.Placements.Include(p => p.Mentors)
                           where p.Id == placementId
                           join c in db.Citizens on p.CitizenId equals c.Id
                           join k in db.Companies on p.CompanyId equals k.Id
                           select new { Placement = p, c.FirstName, c.LastName, c.LongTermJobGoal, Company = k.Name }).SingleOrDefaultAsync(ct);
        return found is null ? null : new PlacementSubject(found.Placement, $"{found.FirstName} {found.LastName}", found.Company, found.LongTermJobGoal);
    }

    /// <summary>The placement for a form shown from a GET: loaded and audited as a read of the citizen's data.</summary>
    public static async Task<PlacementSubject?> ReadAsync(Vc2Db db, TimeProvider clock, Guid placementId, string form, CancellationToken ct)
    {
        var subject = await LoadAsync(db, placementId, ct);
        if (subject is not null)
        {
            FormSubject.Audited(db, clock, subject.Placement.JobCentreId, subject.Placement.CitizenId, form);
            await db.SaveChangesAsync(ct);
        }

        return subject;
    }
}
