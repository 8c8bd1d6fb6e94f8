using Vc2.Platform.Data;

namespace Vc2.Platform.JobCentres;

/// <summary>A job centre (jobcenter): the tenant. Every citizen and company belongs to one.</summary>
public sealed class JobCentre : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The municipality's three-digit number (kommunenummer), e.g. "751" for Aarhus.</summary>
    public required string MunicipalityNumber { get; set; }

    /// <summary>Expected participants over the project period; the grant frame is this × the unit amount (R11).</summary>
    public int ExpectedParticipants { get; set; }

    public int Version { get; set; }
}
