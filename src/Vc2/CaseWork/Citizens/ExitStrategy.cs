using Vc2.Platform.Data;

namespace Vc2.CaseWork.Citizens;

/// <summary>Where the citizen is heading after the course.</summary>
public enum ExitTarget
{
    OrdinaryJob = 1,
    Flexjob = 2,
    Education = 3,
}

/// <summary>
/// The citizen's exit strategy (udslusningsstrategi): target and steps. It is revised over time; each revision is a new
/// row, so the history stays, and the newest is the current one.
/// </summary>
public sealed class ExitStrategy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    public ExitTarget Target { get; set; }

    public required string Steps { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>The day the strategy was last discussed with the citizen ("drøftes løbende med borgeren").</summary>
    public DateOnly? DiscussedOn { get; set; }
}

/// <summary>The citizen's own comment on their exit strategy, written in their VC2 (ADR 0023); every comment is kept.</summary>
public sealed class ExitStrategyComment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    /// <summary>The revision the citizen saw when they wrote.</summary>
    public Guid ExitStrategyId { get; set; }

    public required string Text { get; set; }

    public DateTime AtUtc { get; set; }
}

public static class ExitTargetNames
{
    public static string Danish(ExitTarget target) => target switch
    {
        ExitTarget.OrdinaryJob => "Ordinært job",
        ExitTarget.Flexjob => "Fleksjob",
        ExitTarget.Education => "Uddannelse",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
