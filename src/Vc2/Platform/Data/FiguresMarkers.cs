namespace Vc2.Platform.Data;

/// <summary>
/// A table whose rows feed no job centre's national figures (logs, messages, keys, snapshots, users, designs, the
/// figures themselves): saving one marks no figures behind (ADR 0019). Declared on the entity, where a reader of it
/// looks; a table without it feeds the figures of its job centre, and a new table errs on the side of a recompute.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FeedsNoFiguresAttribute : Attribute;

/// <summary>A record whose save, in some state, feeds the national figures of every job centre (a completed register
/// import): saved in that state, it marks them all behind (ADR 0019).</summary>
public interface IFeedsEveryCentre
{
    bool FeedsEveryCentreNow { get; }
}
