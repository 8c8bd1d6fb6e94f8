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

        /// <summary>The day the strategy was last discussed with the citizen (shown to the citizen in their VC2).</summary>
        public DateOnly? DiscussedOn { get; init; }
    }

    /// <summary>The form: whose strategy, and the current one to revise (empty for the first).</summary>
    public sealed record Form(Guid CitizenId, string CitizenName, Input Current);

    // The citizen the command read: a refused POST shows the form from it (FormSubject).
    private Citizen? _citizen;

    public async Task<Result<Form>> FormAsync(Guid citizenId, CancellationToken ct = default)
    {
        var citizen = _citizen ?? await FormSubject.ReadAsync(db, clock, citizenId, "Udslusningsstrategi", ct);
        if (citizen is null)
        {
            return Result<Form>.Missing();
        }

        var current = await db.ExitStrategies.Where(e => e.CitizenId == citizenId).OrderByDescending(e => e.CreatedAtUtc).FirstOrDefaultAsync(ct);
        return new Form(citizen.Id, citizen.FullName, current is null
            ? new Input { DiscussedOn = Today.In(clock) }
            : new Input { Target = current.Target, Steps = current.Steps, DiscussedOn = Today.In(clock) });
    }

    public async Task<Result<Guid>> RunAsync(Guid citizenId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizen = _citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        if (input.DiscussedOn > Today.In(clock))
        {
            errors.Add(nameof(Input.DiscussedOn), "Datoen for drøftelsen med borgeren kan ikke ligge i fremtiden.");
        }

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
            DiscussedOn = input.DiscussedOn,
        };
        db.ExitStrategies.Add(strategy);
        AuditLog.Add(db, clock, AuditAction.Update, citizen.JobCentreId, citizen.Id, "Udslusningsstrategi");
        await db.SaveChangesAsync(ct);
        return strategy.Id;
    }
}
