using Vc2.Platform.Data;

namespace Vc2.CaseWork.Companies;

/// <summary>A company (virksomhed) a job centre works with. Each job centre keeps its own record of a company,
/// with its own contact and contracts (ADR 0003).</summary>
public sealed class Company : IVersioned, ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public required string Cvr { get; set; }

    /// <summary>The production unit number (P-nummer, 10 digits) of the workplace, when known.</summary>
    public string? PNumber { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Industry { get; set; }

    /// <summary>The company's own contact person.</summary>
    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>The job centre's fixed contact person for the company (holdepunkt 5): one name to call.</summary>
    public string? FixedContactName { get; set; }

    public string? FixedContactPhone { get; set; }

    public string? FixedContactEmail { get; set; }

    /// <summary>When the fixed contact can be reached, e.g. "hverdage 8–15".</summary>
    public string? FixedContactHours { get; set; }

    public int Version { get; set; }
}
