namespace Vc2.Platform.Data;

/// <summary>A record that belongs to one job centre. The context limits every query of such records to the user's job
/// centres (ADR 0002).</summary>
public interface ITenantOwned
{
    Guid JobCentreId { get; }
}
