using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Citizens;

/// <summary>Enrols a citizen in the programme at the user's job centre. A CPR number that fails the modulus-11 check is
/// accepted with a warning; one already enrolled at the job centre is refused.</summary>
public sealed class RegisterCitizen(Vc2Db db, CprProtector protector, StaffDirectory staff, TimeProvider clock)
{
    public sealed record Input : CitizenDetails
    {
        [Required(ErrorMessage = "Skriv borgerens CPR-nummer.")]
        public string? Cpr { get; init; }

        /// <summary>Needed only when the user works for more than one job centre.</summary>
        public Guid? JobCentreId { get; init; }
    }

    public sealed record Output(Guid Id, bool ChecksumWarning);

    /// <summary>The form: the user's job centres to enrol in (a choice only when there are several) and their caseworkers.</summary>
    public sealed record Form(IReadOnlyList<(Guid Id, string Name)> JobCentres, IReadOnlyList<StaffDirectory.Person> Caseworkers);

    public async Task<Form> FormAsync(CancellationToken ct = default)
    {
        var mine = db.CurrentUser.CitizenJobCentreIds;
        var centres = await db.JobCentres.Where(j => mine.Contains(j.Id)).OrderBy(j => j.Name).Select(j => new { j.Id, j.Name }).ToListAsync(ct);
        return new Form(centres.Select(j => (j.Id, j.Name)).ToList(), await staff.CaseworkersAsync(ct));
    }

    public async Task<Result<Output>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Errors.For(input);
        Cpr? cpr = null;
        if (input.Cpr is not null && !Platform.Security.Cpr.TryParse(input.Cpr, out cpr, out var cprError))
        {
            errors.Add(nameof(Input.Cpr), cprError!);
        }

        var jobCentreId = staff.JobCentreFor(input.JobCentreId);
        if (jobCentreId is null)
        {
            errors.Add(nameof(Input.JobCentreId), "Vælg det jobcenter, borgeren skal indskrives i.");
        }
        else
        {
            await input.CheckAsync(errors, jobCentreId.Value, staff, clock, ct);
            if (cpr is not null)
            {
                var hash = protector.Hash(cpr);
                if (await db.Citizens.AnyAsync(c => c.JobCentreId == jobCentreId && c.CprHash == hash, ct))
                {
                    errors.Add(nameof(Input.Cpr), "Borgeren er allerede indskrevet i jobcentret. Søg borgeren frem i stedet.");
                }
            }
        }

        if (errors.Any)
        {
            return errors.As<Output>();
        }

        var citizen = new Citizen
        {
            JobCentreId = jobCentreId!.Value,
            CprHash = protector.Hash(cpr!),
            CprCipher = protector.Encrypt(cpr!),
            BirthDate = cpr!.BirthDate,
            FirstName = string.Empty,
            LastName = string.Empty,
        };
        input.CopyTo(citizen);
        db.Citizens.Add(citizen);
        AuditLog.Add(db, clock, AuditAction.Create, citizen.JobCentreId, citizen.Id, "Borgeren indskrevet");
        await db.SaveChangesAsync(ct);
        return new Output(citizen.Id, !cpr.HasValidChecksum);
    }
}
