using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vc2.Platform.Audit;

/// <summary>The audit log's columns and indexes; its tenancy filter is in the context, and the database refuses
/// updates and deletes (triggers in the Initial migration).</summary>
internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> e)
    {
        e.Property(x => x.UserName).HasMaxLength(200);
        e.Property(x => x.Action).HasMaxLength(40);
        e.Property(x => x.Source).HasMaxLength(300);
        e.Property(x => x.Detail).HasMaxLength(1000);
        e.HasIndex(x => new { x.CitizenId, x.AtUtc });
        e.HasIndex(x => new { x.JobCentreId, x.AtUtc });
    }
}
