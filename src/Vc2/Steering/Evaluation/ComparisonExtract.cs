using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.Data;

namespace Vc2.Steering.Evaluation;

/// <summary>
/// The register comparison group of the effect estimate (ADR 0026): a pseudonymised extract of the benefit
/// register for persons in the participating municipalities who met the target-group criteria, imported by the agency.
/// Only the newest extract is kept; a new one replaces it in the transaction that imports it, so a bad file leaves the
/// old one standing. It holds no CPR number, no name and no citizen of VC2 (participants are removed on import).
/// </summary>
[FeedsNoFigures]
public sealed class ComparisonExtract
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file, so a report can name the exact extract it was computed from.</summary>
    public required string FileHash { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public required string ImportedBy { get; set; }

    /// <summary>The export key's mark (<see cref="Pseudonyms.Fingerprint"/>): the extract was pseudonymised with the key
    /// that has it.</summary>
    public required string KeyFingerprint { get; set; }

    /// <summary>First and last week of the extract (ISO week ordinals); every person has a category for each.</summary>
    public int FirstWeek { get; set; }

    public int LastWeek { get; set; }

    public int Persons { get; set; }

    /// <summary>Lines of the file whose pseudonym is a citizen enrolled in VC2: not kept — they are the participants.</summary>
    public int ParticipantsRemoved { get; set; }

    /// <summary>Lines for municipalities without a job centre in the programme: not kept (they cannot be matched).</summary>
    public int OutsideProgramme { get; set; }
}

/// <summary>One person of a comparison extract: the pseudonym keyed again with VC2's lookup key (so the holders of the
/// export key cannot turn it back into a CPR number from the database), municipality, birth year and sex, and a benefit category
/// (a <see cref="Rules.Model.BenefitCategory"/> as a byte) for each week of the extract, oldest first.</summary>
[FeedsNoFigures]
public sealed class ComparisonPerson
{
    public long Id { get; set; }

    public Guid ExtractId { get; set; }

    public required string Pseudonym { get; set; }

    public required string Municipality { get; set; }

    public int BirthYear { get; set; }

    public bool Female { get; set; }

    public required byte[] Weeks { get; set; }
}

internal sealed class ComparisonExtractConfiguration : IEntityTypeConfiguration<ComparisonExtract>, IEntityTypeConfiguration<ComparisonPerson>
{
    public void Configure(EntityTypeBuilder<ComparisonExtract> e)
    {
        e.Property(x => x.FileName).HasMaxLength(300);
        e.Property(x => x.FileHash).HasMaxLength(64);
        e.Property(x => x.ImportedBy).HasMaxLength(200);
        e.Property(x => x.KeyFingerprint).HasMaxLength(12);
    }

    public void Configure(EntityTypeBuilder<ComparisonPerson> e)
    {
        e.Property(x => x.Pseudonym).HasMaxLength(64);
        e.Property(x => x.Municipality).HasMaxLength(3);
        e.HasOne<ComparisonExtract>().WithMany().HasForeignKey(x => x.ExtractId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.ExtractId, x.Pseudonym }).IsUnique();
    }
}
