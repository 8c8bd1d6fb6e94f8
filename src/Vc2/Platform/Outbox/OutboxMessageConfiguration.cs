using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.JobCentres;

namespace Vc2.Platform.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.To).HasMaxLength(200);
        e.Property(x => x.Subject).HasMaxLength(200);
        e.Property(x => x.Body).HasMaxLength(4000);
        e.Property(x => x.SealedBody).HasMaxLength(8000);
        e.Property(x => x.Purpose).HasMaxLength(200);
        e.Property(x => x.LastError).HasMaxLength(1000);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Recipient).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.LeaseOwner).HasMaxLength(100);
        e.Property(x => x.Receipt).HasMaxLength(300);
        // The sender's question: what is due now.
        e.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.SentAtUtc, x.CreatedAtUtc });
    }
}
