using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.Data;

namespace Vc2.Steering.Overview;

/// <summary>
/// A job centre's national figures, computed once per change instead of on every view (ADR 0019): the row of the
/// agency's overview, the nine holdepunkter statuses and the centre's grant statement. Every save that changes the
/// centre's data raises <see cref="ChangeVersion"/> in the same transaction (<see cref="Vc2Db"/>), and so does a
/// completed register import; <see cref="RefreshFigures"/> recomputes a centre whose <see cref="ComputedVersion"/> is
/// behind, or whose figures were computed for another day.
/// </summary>
[FeedsNoFigures]
public sealed class JobCentreFigures : ITenantOwned
{
    public Guid JobCentreId { get; set; }

    /// <summary>Raised by every change to the centre's data.</summary>
    public long ChangeVersion { get; set; }

    /// <summary>The <see cref="ChangeVersion"/> the figures were computed from; -1 before the first computation.</summary>
    public long ComputedVersion { get; set; } = -1;

    /// <summary>The day the figures are for (course lengths, due dates and the statement depend on it).</summary>
    public DateOnly ComputedFor { get; set; }

    public DateTime? ComputedAtUtc { get; set; }

    /// <summary><see cref="CentreFigures"/> as JSON; empty before the first computation.</summary>
    public string FiguresJson { get; set; } = "";

    /// <summary>The centre's statement (<see cref="Money.Grants.StatementPart"/>) as JSON; empty before the first computation.</summary>
    public string StatementJson { get; set; } = "";

    public bool IsFreshFor(DateOnly today) => IsFresh(ComputedVersion, ChangeVersion, ComputedFor, ComputedAtUtc, today);

    /// <summary>The rule, for figures read column by column: computed, from the newest change, for today.</summary>
    public static bool IsFresh(long computedVersion, long changeVersion, DateOnly computedFor, DateTime? computedAtUtc, DateOnly today) =>
        computedVersion >= changeVersion && computedFor == today && computedAtUtc is not null;

    /// <summary>The same rule's negation as a query, for the database to find the stale rows.</summary>
    public static System.Linq.Expressions.Expression<Func<JobCentreFigures, bool>> StaleOn(DateOnly today) =>
        f => f.ComputedVersion < f.ChangeVersion || f.ComputedFor != today || f.ComputedAtUtc == null;
}

internal sealed class JobCentreFiguresConfiguration : IEntityTypeConfiguration<JobCentreFigures>
{
    public void Configure(EntityTypeBuilder<JobCentreFigures> e)
    {
        e.HasKey(x => x.JobCentreId);
        e.HasOne<Platform.JobCentres.JobCentre>().WithOne().HasForeignKey<JobCentreFigures>(x => x.JobCentreId).OnDelete(DeleteBehavior.Cascade);
    }
}
