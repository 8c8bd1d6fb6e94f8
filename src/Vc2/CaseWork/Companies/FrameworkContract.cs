using Vc2.Platform.Data;

namespace Vc2.CaseWork.Companies;

/// <summary>A framework contract (rammeaftale) with a company: a number of places for a period, signed once, so that no
/// placement needs its own agreement form (holdepunkt 1 and 6).</summary>
public sealed class FrameworkContract : IVersioned, ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CompanyId { get; set; }

    public int Places { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateOnly SignedOn { get; set; }

    public int Version { get; set; }
}
