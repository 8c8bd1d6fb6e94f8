using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Citizens;

/// <summary>
/// The citizen a case-work form is about. A form use case reads it once per request: its command reads it to check the
/// input, and its form (the GET model) reuses that read when a refused POST shows the form again — one read of the
/// citizen and no second audit event. Shown from a GET, the form audits the read itself (<see cref="ReadAsync"/>).
/// </summary>
public static class FormSubject
{
    /// <summary>The citizen, audited as a read: "Formular: {form}".</summary>
    public static async Task<Citizen?> ReadAsync(Vc2Db db, TimeProvider clock, Guid citizenId, string form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is not null)
        {
            Audited(db, clock, citizen.JobCentreId, citizen.Id, form);
            await db.SaveChangesAsync(ct);
        }

        return citizen;
    }

    /// <summary>Adds the audit event of a form shown about the citizen (the caller saves).</summary>
    public static void Audited(Vc2Db db, TimeProvider clock, Guid jobCentreId, Guid citizenId, string form) =>
        AuditLog.Add(db, clock, AuditAction.Read, jobCentreId, citizenId, "Formular: " + form);
}
