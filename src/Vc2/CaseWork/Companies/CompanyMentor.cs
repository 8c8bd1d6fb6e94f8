using Vc2.Platform.Data;

namespace Vc2.CaseWork.Companies;

/// <summary>A company mentor (virksomhedsmentor): a person at the company who supports the citizen there.</summary>
public sealed class CompanyMentor : IVersioned, ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CompanyId { get; set; }

    public required string Name { get; set; }

    public string? Title { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public int Version { get; set; }
}
