using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.JobCentres;

namespace Vc2.Money.Payments;

internal sealed class PaymentRequestConfiguration : IEntityTypeConfiguration<PaymentRequest>
{
    public void Configure(EntityTypeBuilder<PaymentRequest> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Amount).HasPrecision(14, 2);
        e.Property(x => x.AuditorApproval).HasMaxLength(200);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.EntitledAtApproval).HasPrecision(14, 2);
        e.Property(x => x.OverrideReason).HasMaxLength(1000);
        e.HasOne<AuditorApproval>().WithMany().HasForeignKey(x => x.AuditorApprovalId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.PaymentRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PaymentEventConfiguration : IEntityTypeConfiguration<PaymentEvent>
{
    public void Configure(EntityTypeBuilder<PaymentEvent> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.By).HasMaxLength(200);
        e.Property(x => x.Comment).HasMaxLength(1000);
    }
}
