using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Citizens;

/// <summary>Edits a citizen's details. The version the user edited must still be the stored one; otherwise the save is
/// refused as a conflict and nothing is written.</summary>
public sealed class UpdateCitizen(Vc2Db db, StaffDirectory staff, TimeProvider clock)
{
    public sealed record Input : CitizenDetails
    {
        [Required]
        public int Version { get; init; }
    }

    public sealed record Output(int Version);

    /// <summary>The form: whose record, the fields as stored (with the version they were read at), and the caseworkers to choose from.</summary>
    public sealed record Form(Guid Id, string CitizenName, Input Stored, IReadOnlyList<StaffDirectory.Person> Caseworkers);

    // The citizen the command read: a refused POST shows the form from it (FormSubject).
    private Citizen? _citizen;

    public async Task<Result<Form>> FormAsync(Guid id, CancellationToken ct = default)
    {
        var c = _citizen ?? await FormSubject.ReadAsync(db, clock, id, "Ret borgerens oplysninger", ct);
        if (c is null)
        {
            return Result<Form>.Missing();
        }

        var stored = new Input
        {
            FirstName = c.FirstName, LastName = c.LastName, Phone = c.Phone, Email = c.Email, Address = c.Address, TargetGroup = c.TargetGroup,
            EnrolmentDate = c.EnrolmentDate, CoordinatingCaseworkerId = c.CoordinatingCaseworkerId, PersonalMentorName = c.PersonalMentorName,
            PersonalMentorContact = c.PersonalMentorContact, LongTermJobGoal = c.LongTermJobGoal, Version = c.Version,
        };
        return new Form(c.Id, c.FullName, stored, await staff.CaseworkersAsync(ct));
    }

    public async Task<Result<Output>> RunAsync(Guid id, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizen = _citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (citizen is null)
        {
            return Result<Output>.Missing();
        }

        var errors = Errors.For(input);
        await input.CheckAsync(errors, citizen.JobCentreId, staff, clock, ct);
        if (errors.Any)
        {
            return errors.As<Output>();
        }

        db.Entry(citizen).Property(c => c.Version).OriginalValue = input.Version;
        input.CopyTo(citizen);
        AuditLog.Add(db, clock, AuditAction.Update, citizen.JobCentreId, citizen.Id, "Borgerens oplysninger");
        if (!await db.TrySaveAsync(ct))
        {
            _citizen = null; // another user's save: the form shows what is stored now
            return new Result<Output>.Conflict(
                "En anden har gemt ændringer til borgeren, mens du redigerede. Dine ændringer er ikke gemt; se de nye oplysninger og prøv igen.");
        }

        return new Output(citizen.Version);
    }
}
