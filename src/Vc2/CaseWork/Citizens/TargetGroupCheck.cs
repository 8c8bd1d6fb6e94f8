using Vc2.Platform.Data;

namespace Vc2.CaseWork.Citizens;

public enum TargetGroupResult
{
    InTargetGroup = 1,
    NotInTargetGroup = 2,

    /// <summary>The register does not (yet) cover the enrolment week.</summary>
    NoData = 3,
}

/// <summary>
/// A snapshot of the target-group check at enrolment (ADR 0010): ressourceforløb in the enrolment week, or kontanthjælp
/// or uddannelseshjælp in each of the 104 weeks before it (with at most the allowed number of weeks differing). The
/// evidence weeks are kept with it; a caseworker may override the result with a written reason.
/// </summary>
public sealed class TargetGroupCheck : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    public DateTime CheckedAtUtc { get; set; }

    public required string CheckedBy { get; set; }

    public int EnrolmentWeek { get; set; }

    public TargetGroupResult Result { get; set; }

    /// <summary>Weeks of the 104 before enrolment on kontanthjælp or uddannelseshjælp.</summary>
    public int QualifyingWeeks { get; set; }

    public int AllowedDifferingWeeks { get; set; }

    /// <summary>The evidence, one "week:category" per line, so that the check can be read and redone later.</summary>
    public required string Evidence { get; set; }

    public bool? OverrideInTargetGroup { get; set; }

    public string? OverrideReason { get; set; }

    public string? OverriddenBy { get; set; }

    public DateTime? OverriddenAtUtc { get; set; }

    public int Version { get; set; }

    /// <summary>What counts: the override when there is one, else the register's answer.</summary>
    public bool? InTargetGroup => Answer(Result, OverrideInTargetGroup);

    /// <summary>What a check answers: the override when there is one, else its result (no data: no answer).</summary>
    public static bool? Answer(TargetGroupResult result, bool? overridden) => overridden ?? result switch
    {
        TargetGroupResult.InTargetGroup => true,
        TargetGroupResult.NotInTargetGroup => false,
        _ => null,
    };
}
