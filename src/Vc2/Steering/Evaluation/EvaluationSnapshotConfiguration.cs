using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vc2.Steering.Evaluation;

internal sealed class EvaluationSnapshotConfiguration : IEntityTypeConfiguration<EvaluationSnapshot>
{
    public void Configure(EntityTypeBuilder<EvaluationSnapshot> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.Property(x => x.DataHash).HasMaxLength(64);
        e.HasIndex(x => x.CreatedAtUtc);
    }
}
