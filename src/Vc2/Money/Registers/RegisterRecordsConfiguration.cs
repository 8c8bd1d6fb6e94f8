using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;

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
        RegisterWeekIndexes.Configure(e);
    }
}

internal sealed class HoursWeekConfiguration : IEntityTypeConfiguration<HoursWeek>
{
    public void Configure(EntityTypeBuilder<HoursWeek> e)
    {
        // Pieces of pay periods spread over weeks: four decimals, summed per week when read.
        e.Property(x => x.Hours).HasPrecision(9, 4);
        RegisterWeekIndexes.Configure(e);
    }
}

/// <summary>
/// The register weeks' keys and indexes are chosen for the import (ADR 0020, ADR 0021, measured in <c>vc2 bench import</c>):
/// a sequential <c>Id</c> and one index, the one every read uses — a job centre's or one citizen's weeks, and the
/// import's comparisons and clean-up through the run's persons (<c>JobCentreId, CitizenId, Week</c>: a person's weeks
/// lie side by side, and the import writes in this order). No index on <c>ImportRunId</c>: only a run's clean-up asked
/// for it, and it now goes through the run's persons; it cost 1.4 of 7.3 s of the national import's writing. No foreign
/// keys: a foreign key costs a lookup and a row lock per week row — on PostgreSQL 28 of the 56 s of COPY of 2.5
/// million rows — and guards nothing here: the import is the only writer and writes only citizens and its own run it
/// has just read, citizens and runs are never deleted, and a run's rows count only through its completed status (read
/// with a join to the runs).
/// </summary>
internal static class RegisterWeekIndexes
{
    public static void Configure<T>(EntityTypeBuilder<T> e)
        where T : class, ITenantOwned =>
        e.HasIndex(nameof(ITenantOwned.JobCentreId), "CitizenId", "Week");
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
