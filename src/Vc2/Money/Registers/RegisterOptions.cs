namespace Vc2.Money.Registers;

/// <summary>Settings of the register imports and checks (section <c>Registers</c>).</summary>
public sealed class RegisterOptions
{
    /// <summary>Weeks of the 104 before enrolment allowed not to be on kontanthjælp or uddannelseshjælp (default 0).</summary>
    public int TargetGroupAllowedDifferingWeeks { get; set; }

    /// <summary>How long an importing instance's lease lasts without renewal (default 60 s; renewed every third of it).
    /// When an instance dies, another takes the import over this long after its last renewal.</summary>
    public int ImportLeaseSeconds { get; set; } = 60;

    /// <summary>How often an uploaded file is started before it is failed as one that kills its importer (default 3).</summary>
    public int ImportMaxAttempts { get; set; } = 3;

    public TimeSpan ImportLease => TimeSpan.FromSeconds(Math.Max(5, ImportLeaseSeconds));
}
