namespace Vc2.Rules.Model;

/// <summary>Everything the engine needs for a statement, and nothing else: the as-of date, the register's coverage,
/// and per job centre its expected participants, a-conto payments and citizens.</summary>
public sealed record Scenario(DateOnly AsOf, IsoWeek? RegisterCoveredThrough, IReadOnlyList<JobCentreInput> JobCentres)
{
    /// <summary>Default coverage: the ISO week that contains the as-of date (tilskud.md, scenario contract).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IsoWeek Coverage => RegisterCoveredThrough ?? IsoWeek.Of(AsOf);
}

public sealed record JobCentreInput(string Id, string? Name, int ExpectedParticipants, decimal AcontoPaid, IReadOnlyList<CitizenInput> Citizens);

public sealed record CitizenInput(
    string Id,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<DateOnly> EducationStarts,
    IReadOnlyList<RegisterWeek> RegisterWeeks);

/// <summary>A company placement (virksomhedscenterforløb); no end means it still runs.</summary>
public readonly record struct Placement(DateOnly Start, DateOnly? End);

/// <summary>One citizen-week of the register: the benefit category and the hours worked.</summary>
public readonly record struct RegisterWeek(IsoWeek Week, BenefitCategory Benefit, decimal Hours);
