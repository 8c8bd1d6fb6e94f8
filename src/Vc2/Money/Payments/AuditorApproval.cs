using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;

namespace Vc2.Money.Payments;

/// <summary>The auditor's approval of a job centre's project accounts (revisorgodkendelse): who approved, when, the
/// signed document itself (kept in the database, never changed), and who registered it. The final payment needs it.</summary>
public sealed class AuditorApproval : ITenantOwned
{
    public const int MaxDocumentBytes = 10 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    /// <summary>The auditor or the audit firm.</summary>
    public required string Auditor { get; set; }

    public DateOnly ApprovedOn { get; set; }

    public required string DocumentName { get; set; }

    public required byte[] Document { get; set; }

    /// <summary>SHA-256 of the document, shown so that a printed copy can be matched to the kept one.</summary>
    public required string DocumentHash { get; set; }

    public required string RegisteredBy { get; set; }

    public DateTime RegisteredAtUtc { get; set; }
}

internal sealed class AuditorApprovalConfiguration : IEntityTypeConfiguration<AuditorApproval>
{
    public void Configure(EntityTypeBuilder<AuditorApproval> e)
    {
        e.Property(x => x.Auditor).HasMaxLength(200);
        e.Property(x => x.DocumentName).HasMaxLength(200);
        e.Property(x => x.DocumentHash).HasMaxLength(64);
        e.Property(x => x.RegisteredBy).HasMaxLength(200);
        e.HasIndex(x => x.JobCentreId);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
    }
}
