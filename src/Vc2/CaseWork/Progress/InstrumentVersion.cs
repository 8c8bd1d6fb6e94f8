using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// A version of the progress instrument as the agency decided it ("Det er Arbejdsmarkedsstyrelsen som fastlægger hvilke
/// progressionsmålinger, som skal indsamles", ADR 0024): its definition in the instrument's JSON format
/// (<see cref="InstrumentLoader"/>), a draft until published, never changed after. The shipped version 1
/// (<c>instruments/vc2-progress-v1.json</c>) is the first row, inserted by the migration <c>ProgrammeDesign</c>.
/// </summary>
public sealed class InstrumentVersion : IDesignVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The instrument's id, the same in every version ("vc2-progress").</summary>
    public required string InstrumentId { get; set; }

    /// <summary>The version number; a measurement keeps the one it was answered on.</summary>
    public int Number { get; set; }

    public DesignStatus Status { get; set; }

    /// <summary>The definition as JSON, its "version" equal to <see cref="Number"/>.</summary>
    public required string Definition { get; set; }

    /// <summary>What changed from the version before, in the agency's words.</summary>
    public string? ChangeNote { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public int Version { get; set; }
}

internal sealed class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> e)
    {
        e.Property(x => x.InstrumentId).HasMaxLength(100);
        e.Property(x => x.Definition).HasMaxLength(200_000);
        e.Property(x => x.ChangeNote).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(200);
        e.Property(x => x.PublishedBy).HasMaxLength(200);
        e.HasIndex(x => x.Number).IsUnique();
    }
}

/// <summary>
/// The instrument new measurements use: the newest published version. A published version never changes, so each is
/// parsed once per process; asking which is newest is one small query, so a version the agency publishes is used at once
/// by every instance.
/// </summary>
public sealed class Instruments(Vc2Db db)
{
    // Keyed by the row's id, not its number: two databases in one process (the tests) may each have a different version 2.
    private static readonly ConcurrentDictionary<Guid, Instrument> Parsed = new();

    public async Task<Instrument> CurrentAsync(CancellationToken ct = default)
    {
        var newest = await db.InstrumentVersions.AsNoTracking().Where(v => v.Status == DesignStatus.Published).OrderByDescending(v => v.Number)
                         .Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct)
                     ?? throw new InvalidOperationException("Der er intet offentliggjort måleinstrument; databasen mangler en migrering.");
        if (Parsed.TryGetValue(newest, out var instrument))
        {
            return instrument;
        }

        var definition = await db.InstrumentVersions.AsNoTracking().Where(v => v.Id == newest).Select(v => v.Definition).SingleAsync(ct);
        return Parsed.GetOrAdd(newest, _ => InstrumentLoader.Parse(definition));
    }
}
