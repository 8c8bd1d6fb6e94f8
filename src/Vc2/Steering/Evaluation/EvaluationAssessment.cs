using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.Evaluation;

/// <summary>
/// The evaluator's qualitative assessment of a snapshot (ADR 0026, section 4): findings, lessons and recommendations per
/// holdepunkt and per job centre, beside the numbers. Versioned as the agency's designs are: one draft at a time, which
/// the evaluators write; publishing freezes it with the SHA-256 of its text, and the report shows the newest published
/// version with its number and hash — so a report is reproduced from the snapshot's hash and the assessment's.
/// </summary>
[FeedsNoFigures]
public sealed class EvaluationAssessment : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SnapshotId { get; set; }

    /// <summary>1, 2, … per snapshot.</summary>
    public int Number { get; set; }

    public DesignStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>SHA-256 of the published findings (kind, job centre, holdepunkt and text, in order).</summary>
    public string? ContentHash { get; set; }

    public int Version { get; set; }
}

public enum FindingKind
{
    /// <summary>What the evaluator found ("Fund").</summary>
    Finding = 1,

    /// <summary>What the programme can learn ("Læring").</summary>
    Lesson = 2,

    /// <summary>What should change, now or in a national frame ("Anbefaling").</summary>
    Recommendation = 3,
}

public static class FindingKindNames
{
    public static string Danish(FindingKind kind) => kind switch
    {
        FindingKind.Finding => "Fund",
        FindingKind.Lesson => "Læring",
        _ => "Anbefaling",
    };
}

/// <summary>One finding, lesson or recommendation: for the whole programme or one job centre (its municipality number),
/// for one holdepunkt (1–9) or in general.</summary>
[FeedsNoFigures]
public sealed class EvaluationFinding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssessmentId { get; set; }

    public FindingKind Kind { get; set; }

    /// <summary>The job centre's municipality number; null for the whole programme.</summary>
    public string? JobCentre { get; set; }

    /// <summary>1–9; null for the programme in general.</summary>
    public int? Holdepunkt { get; set; }

    public required string Text { get; set; }

    /// <summary>The order in which the evaluator wrote it (0, 1, …).</summary>
    public int Order { get; set; }
}

internal sealed class EvaluationAssessmentConfiguration : IEntityTypeConfiguration<EvaluationAssessment>, IEntityTypeConfiguration<EvaluationFinding>
{
    public void Configure(EntityTypeBuilder<EvaluationAssessment> e)
    {
        e.HasOne<EvaluationSnapshot>().WithMany().HasForeignKey(x => x.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.SnapshotId, x.Number }).IsUnique();
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.Property(x => x.PublishedBy).HasMaxLength(200);
        e.Property(x => x.ContentHash).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<EvaluationFinding> e)
    {
        e.HasOne<EvaluationAssessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.AssessmentId, x.Order });
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.JobCentre).HasMaxLength(3);
        e.Property(x => x.Text).HasMaxLength(EvaluationFindingLimits.TextLength);
    }
}

public static class EvaluationFindingLimits
{
    public const int TextLength = 4000;

    /// <summary>Findings in one version: enough for nine holdepunkter in a hundred job centres, not unbounded.</summary>
    public const int PerAssessment = 2000;
}
