using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vc2.Money.Grants;

internal sealed class StatementSnapshotConfiguration : IEntityTypeConfiguration<StatementSnapshot>
{
    public void Configure(EntityTypeBuilder<StatementSnapshot> e)
    {
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.Property(x => x.Ruleset).HasMaxLength(40);
        e.Property(x => x.JobCentreIds).HasMaxLength(4000);
        e.HasIndex(x => x.CreatedAtUtc);
    }
}
