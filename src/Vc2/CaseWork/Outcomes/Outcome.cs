using Vc2.Platform.Data;

namespace Vc2.CaseWork.Outcomes;

public enum OutcomeKind
{
    OrdinaryJob = 1,
    Flexjob = 2,
    Education = 3,
}

/// <summary>What the citizen went on to, as the caseworker registers it. An education start feeds rule R8; the register
/// decides whether a job lasted 13 weeks (R7).</summary>
public sealed class Outcome : IVersioned, ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    public OutcomeKind Kind { get; set; }

    /// <summary>The employer, or the educational institution.</summary>
    public required string Organisation { get; set; }

    public decimal? WeeklyHours { get; set; }

    public DateOnly Start { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public int Version { get; set; }
}

public static class OutcomeKindNames
{
    public static string Danish(OutcomeKind kind) => kind switch
    {
        OutcomeKind.OrdinaryJob => "Ordinært job",
        OutcomeKind.Flexjob => "Fleksjob",
        OutcomeKind.Education => "Uddannelse",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
