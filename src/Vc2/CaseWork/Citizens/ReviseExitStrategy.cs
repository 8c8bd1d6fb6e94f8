using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Citizens;

/// <summary>Writes a new revision of the citizen's exit strategy; earlier revisions stay as history.</summary>
public sealed class ReviseExitStrategy(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg målet for udslusningen.")]
        public ExitTarget? Target { get; init; }

        [Required(ErrorMessage = "Beskriv trinene på vejen mod målet.")]
        [StringLength(4000, ErrorMessage = "Trinene må højst fylde 4000 tegn.")]
        public string? Steps { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Guid citizenId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var strategy = new ExitStrategy
        {
            JobCentreId = citizen.JobCentreId,
            CitizenId = citizen.Id,
            Target = input.Target!.Value,
            Steps = input.Steps!.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = db.CurrentUser.DisplayName,
        };
        db.ExitStrategies.Add(strategy);
        AuditLog.Add(db, clock, AuditAction.Update, citizen.JobCentreId, citizen.Id, "Udslusningsstrategi");
        await db.SaveChangesAsync(ct);
        return strategy.Id;
    }
}
