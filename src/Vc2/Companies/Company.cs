using Vc2.Data;

namespace Vc2.Companies;

/// <summary>A company (virksomhed) a job centre works with. Each job centre keeps its own record of a company,
/// with its own contact and contracts (ADR 0003).</summary>
public sealed class Company : IVersioned
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

    public int Version { get; set; }
}
