using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.Placements;

namespace Vc2.CaseWork.Progress;

/// <summary>How measurements and requests are stored; their tenancy filters (which also let the citizen and the mentor
/// see what is asked of or about them) are in the context.</summary>
internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> e)
    {
        e.Property(x => x.Respondent).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.InstrumentId).HasMaxLength(100);
        e.Property(x => x.AnsweredBy).HasMaxLength(200);
        e.Property(x => x.HoursPerWeek).HasPrecision(5, 2);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.MeasurementId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CitizenId, x.Respondent, x.AnsweredOn });
        e.HasIndex(x => new { x.JobCentreId, x.AnsweredOn });
    }
}

internal sealed class MeasurementScoreConfiguration : IEntityTypeConfiguration<MeasurementScore>
{
    public void Configure(EntityTypeBuilder<MeasurementScore> e)
    {
        e.Property(x => x.DimensionKey).HasMaxLength(60);
        e.HasIndex(x => new { x.MeasurementId, x.DimensionKey }).IsUnique();
    }
}

internal sealed class MeasurementRequestConfiguration : IEntityTypeConfiguration<MeasurementRequest>
{
    public void Configure(EntityTypeBuilder<MeasurementRequest> e)
    {
        // A job centre's rows without a scan of the country's (tenancy filter; TenancyIndexTests).
        e.HasIndex(x => new { x.JobCentreId, x.CitizenId });
        e.Property(x => x.Respondent).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.Property(x => x.SentTo).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.HasIndex(x => new { x.CitizenId, x.Respondent });
        e.HasIndex(x => x.MentorId);
    }
}
