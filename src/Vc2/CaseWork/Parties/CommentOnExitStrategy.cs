using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Parties;

/// <summary>The citizen writes a comment of their own on their current exit strategy (ADR 0023: the strategy "drøftes
/// løbende med borgeren"); the caseworker sees it on the citizen's page. Every comment is kept.</summary>
public sealed class CommentOnExitStrategy(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv din kommentar.")]
        [StringLength(2000, ErrorMessage = "Kommentaren må højst have 2000 tegn.")]
        public string? Text { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (db.CurrentUser.CitizenId is not { } citizenId)
        {
            return Result<Guid>.Missing();
        }

        var strategy = await db.ExitStrategies.Where(e => e.CitizenId == citizenId).OrderByDescending(e => e.CreatedAtUtc)
            .Select(e => new { e.Id, e.JobCentreId }).FirstOrDefaultAsync(ct);
        if (strategy is null)
        {
            return Result<Guid>.Error(nameof(Input.Text), "Du har ingen udslusningsstrategi endnu. Tal med din sagsbehandler om den.");
        }

        var errors = Errors.For(input);
        var text = Validation.Clean(input.Text);
        if (!errors.Any && text is null)
        {
            errors.Add(nameof(Input.Text), "Skriv din kommentar.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var comment = new ExitStrategyComment { JobCentreId = strategy.JobCentreId, CitizenId = citizenId, ExitStrategyId = strategy.Id, Text = text!, AtUtc = clock.GetUtcNow().UtcDateTime };
        db.ExitStrategyComments.Add(comment);
        AuditLog.Add(db, clock, AuditAction.Create, strategy.JobCentreId, citizenId, "Borgerens kommentar til udslusningsstrategien");
        await db.SaveChangesAsync(ct);
        return comment.Id;
    }
}
