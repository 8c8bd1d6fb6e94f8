using Vc2.Platform.Data;
namespace Vc2.Steering.Evaluation;

public enum EvaluationKind
{
    /// <summary>The midway evaluation: implementation per holdepunkt, the baseline, progression status, in job or education.</summary>
    Midway = 1,

    /// <summary>The final evaluation: outcomes after 13 weeks by type, progression against outcomes, by target group and company.</summary>
    Final = 2,
}

/// <summary>
/// The figures of an evaluation report, computed once and frozen as JSON with its SHA-256 hash. A report is always
/// rendered from here, never from live data, so it can be reproduced exactly later (ADR 0013). Aggregates only: no
/// citizen is named in it.
/// </summary>
[FeedsNoFigures]
public sealed class EvaluationSnapshot
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public EvaluationKind Kind { get; set; }

    public DateOnly AsOf { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public required string DataJson { get; set; }

    public required string DataHash { get; set; }
}
