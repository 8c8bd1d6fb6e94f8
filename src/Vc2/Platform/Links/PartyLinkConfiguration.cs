using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vc2.Platform.Links;

internal sealed class PartyLinkConfiguration : IEntityTypeConfiguration<PartyLink>
{
    public void Configure(EntityTypeBuilder<PartyLink> e)
    {
        e.HasIndex(x => new { x.JobCentreId, x.SubjectId });
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.Property(x => x.Party).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Target).HasMaxLength(300);
        e.Property(x => x.Purpose).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
    }
}
