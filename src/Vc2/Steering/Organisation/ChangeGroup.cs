using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.Organisation;

/// <summary>Adds a member to the indsatsgruppe, or removes one.</summary>
public sealed class ChangeGroup(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv navnet.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Name { get; init; }

        [Required(ErrorMessage = "Skriv afdelingen.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Department { get; init; }

        [Required(ErrorMessage = "Skriv rollen i gruppen.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Role { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Guid jobCentreId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!db.CurrentUser.LeadsJobCentre(jobCentreId) || !await db.JobCentres.AnyAsync(j => j.Id == jobCentreId, ct))
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var member = new GroupMember
        {
            JobCentreId = jobCentreId, Name = input.Name!.Trim(), Department = input.Department!.Trim(), Role = input.Role!.Trim(),
            AddedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.GroupMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return member.Id;
    }

    public async Task<Result<bool>> RemoveAsync(Guid memberId, CancellationToken ct = default)
    {
        var member = await db.GroupMembers.SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null || !db.CurrentUser.LeadsJobCentre(member.JobCentreId))
        {
            return Result<bool>.Missing();
        }

        db.GroupMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
