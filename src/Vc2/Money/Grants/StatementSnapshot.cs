using Vc2.Platform.Data;
namespace Vc2.Money.Grants;

/// <summary>
/// A statement saved as it was on a date, with the engine's input beside it, so that every amount can be reproduced
/// later with <c>vc2 settle</c> and two snapshots can be compared. <see cref="JobCentreIds"/> says whose statement it is.
/// </summary>
[FeedsNoFigures]
public sealed class StatementSnapshot
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateOnly AsOf { get; set; }

    public required string Ruleset { get; set; }

    /// <summary>The job centres in the snapshot, comma-separated ids.</summary>
    public required string JobCentreIds { get; set; }

    public required string ScenarioJson { get; set; }

    public required string StatementJson { get; set; }
}
