using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.CaseWork.Citizens;

namespace Vc2.Money.Registers;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.FileName).HasMaxLength(300);
        e.Property(x => x.FileHash).HasMaxLength(64);
        e.Property(x => x.StartedBy).HasMaxLength(200);
        e.Property(x => x.Problems).HasMaxLength(20000);
        e.Property(x => x.DecidedBy).HasMaxLength(200);
        e.HasIndex(x => new { x.Kind, x.StartedAtUtc });
    }
}

internal sealed class ImportFileChunkConfiguration : IEntityTypeConfiguration<ImportFileChunk>
{
    public void Configure(EntityTypeBuilder<ImportFileChunk> e)
    {
        e.HasKey(x => new { x.ImportRunId, x.Index });
        e.HasOne<ImportRun>().WithMany().HasForeignKey(x => x.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRunPersonConfiguration : IEntityTypeConfiguration<ImportRunPerson>
{
    public void Configure(EntityTypeBuilder<ImportRunPerson> e)
    {
        e.HasKey(x => new { x.ImportRunId, x.CitizenId });
        e.HasOne<ImportRun>().WithMany().HasForeignKey(x => x.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BenefitWeekConfiguration : IEntityTypeConfiguration<BenefitWeek>
{
    public void Configure(EntityTypeBuilder<BenefitWeek> e)
    {
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        e.HasOne<ImportRun>().WithMany().HasForeignKey(x => x.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        // With the run last, a look-up of one person's week in one run (an import measuring what it would change) is an
        // exact match on this index, which the planner prefers over (Week, ImportRunId) even without statistics.
        e.HasIndex(x => new { x.CitizenId, x.Week, x.ImportRunId });
        e.HasIndex(x => new { x.Week, x.ImportRunId });
    }
}

internal sealed class HoursWeekConfiguration : IEntityTypeConfiguration<HoursWeek>
{
    public void Configure(EntityTypeBuilder<HoursWeek> e)
    {
        // Pieces of pay periods spread over weeks: four decimals, summed per week when read.
        e.Property(x => x.Hours).HasPrecision(9, 4);
        e.HasOne<ImportRun>().WithMany().HasForeignKey(x => x.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CitizenId, x.Week, x.ImportRunId });
        e.HasIndex(x => new { x.Week, x.ImportRunId });
    }
}

internal sealed class BenefitCodeConfiguration : IEntityTypeConfiguration<BenefitCode>
{
    public void Configure(EntityTypeBuilder<BenefitCode> e)
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(10);
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Description).HasMaxLength(200);
        e.HasData(DefaultBenefitCodes.All.Select(c => new BenefitCode { Code = c.Code, Category = c.Category, Description = c.Description, Version = 1 }));
    }
}
