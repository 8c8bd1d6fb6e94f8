using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.Programme;

/// <summary>Closes a job centre (it leaves the programme; its data stays) or opens it again; deletes one only while it
/// holds no data of its own.</summary>
public sealed class CloseJobCentre(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv datoen, jobcentret forlader programmet.")]
        public DateOnly? ClosedOn { get; init; }

        public int Version { get; init; }
    }

    public async Task<Result<int>> RunAsync(Guid id, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var centre = ProgrammeAccess.MayChange(db.CurrentUser) ? await db.JobCentres.SingleOrDefaultAsync(j => j.Id == id, ct) : null;
        if (centre is null)
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<int>();
        }

        db.Entry(centre).Property(c => c.Version).OriginalValue = input.Version;
        centre.ClosedOn = input.ClosedOn;
        AuditLog.Add(db, clock, AuditAction.Update, centre.Id, null, $"Jobcentret lukket pr. {DanishDates.Text(input.ClosedOn)}");
        return await SaveAsync(centre, ct);
    }

    public async Task<Result<int>> ReopenAsync(Guid id, int version, CancellationToken ct = default)
    {
        var centre = ProgrammeAccess.MayChange(db.CurrentUser) ? await db.JobCentres.SingleOrDefaultAsync(j => j.Id == id, ct) : null;
        if (centre is null)
        {
            return Result<int>.Missing();
        }

        db.Entry(centre).Property(c => c.Version).OriginalValue = version;
        centre.ClosedOn = null;
        AuditLog.Add(db, clock, AuditAction.Update, centre.Id, null, "Jobcentret genåbnet");
        return await SaveAsync(centre, ct);
    }

    /// <summary>Deletes a job centre with no data of its own (one created by mistake); one with data is refused.</summary>
    public async Task<Result<bool>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var centre = ProgrammeAccess.MayChange(db.CurrentUser) ? await db.JobCentres.SingleOrDefaultAsync(j => j.Id == id, ct) : null;
        if (centre is null)
        {
            return Result<bool>.Missing();
        }

        if (await JobCentreData.ExistsAsync(db, id, ct))
        {
            return Result<bool>.Error("", "Jobcentret har data (borgere, virksomheder, brugere eller udbetalinger) og kan ikke slettes. Luk det i stedet.");
        }

        await db.Commitments.Where(c => c.JobCentreId == id).ExecuteDeleteAsync(ct);
        db.JobCentres.Remove(centre);
        AuditLog.Add(db, clock, AuditAction.Update, null, null, $"Jobcenter slettet uden data: {centre.Name} ({centre.MunicipalityNumber})");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Result<int>> SaveAsync(Platform.JobCentres.JobCentre centre, CancellationToken ct) =>
        await db.TrySaveAsync(ct) ? centre.Version
            : new Result<int>.Conflict("En anden har ændret jobcentret imens. Intet er gemt; se det igen og prøv igen.");
}
