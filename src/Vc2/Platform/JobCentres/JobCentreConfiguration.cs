using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vc2.Platform.JobCentres;

internal sealed class JobCentreConfiguration : IEntityTypeConfiguration<JobCentre>
{
    public void Configure(EntityTypeBuilder<JobCentre> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.MunicipalityNumber).HasMaxLength(3);
        e.HasIndex(x => x.MunicipalityNumber).IsUnique();
    }
}
