using Vc2.Platform.Data;
using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

public enum ImportKind
{
    Benefits = 1,
    Hours = 2,
}

public enum ImportStatus
{
    Running = 1,
    Completed = 2,
    Failed = 3,

    /// <summary>The same file was imported before; nothing was changed.</summary>
    Unchanged = 4,

    /// <summary>Uploaded and kept in the database, waiting for an instance to import it.</summary>
    Queued = 5,

    /// <summary>Read in full, but it would remove more than a tenth of the stored weeks in its range: it waits for the
    /// agency to confirm (then it completes) or reject it (then its rows go and the previous data stands).</summary>
    AwaitingConfirmation = 6,
}

/// <summary>
/// One import of a register file. Its rows are written in batches while it runs and count only once it is completed:
/// the completion replaces, in one transaction, the older rows of the weeks it covers. A crash leaves the run
/// "running" and its rows unused, so the previous data stays intact; once the run's lease has run out, the next
/// instance to import removes its rows and imports an uploaded file again (ADR 0010, ADR 0015).
/// </summary>
public sealed class ImportRun : IFeedsEveryCentre
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ImportKind Kind { get; set; }

    public ImportStatus Status { get; set; }

    /// <summary>A completed import has written register weeks past the change tracker for persons of every job centre:
    /// the save that completes it marks every centre's national figures behind, in the same transaction.</summary>
    public bool FeedsEveryCentreNow => Status == ImportStatus.Completed;

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file, to tell the same file imported twice.</summary>
    public required string FileHash { get; set; }

    /// <summary>The file's size in bytes (0 when it was read from a stream of unknown length).</summary>
    public long FileSize { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public required string StartedBy { get; set; }

    /// <summary>First and last week the file covers, as ISO week ordinals (see <see cref="Rules.IsoWeek.Ordinal"/>).</summary>
    public int FirstWeek { get; set; }

    public int LastWeek { get; set; }

    public long RowsRead { get; set; }

    /// <summary>How far through the file the import is, 0–100, updated as batches are written.</summary>
    public int Progress { get; set; }

    public int PersonsMatched { get; set; }

    public long WeeksStored { get; set; }

    /// <summary>Unknown codes with how often they occurred, and bad lines with their numbers (capped), as text.</summary>
    public string? Problems { get; set; }

    public int ProblemCount { get; set; }

    /// <summary>While running: until when the instance importing it has promised to say it is alive (renewed as it
    /// works). A running run past this time was left by an instance that died.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>How often an uploaded file has been started; after three, a file that kills its importer is failed.</summary>
    public int Attempts { get; set; }

    /// <summary>While awaiting confirmation: how many stored weeks in the run's range the file would remove, change, and
    /// for how many persons, against the stored weeks in the range.</summary>
    public long WeeksRemoved { get; set; }

    public long WeeksChanged { get; set; }

    public int PersonsChanged { get; set; }

    public long WeeksInRange { get; set; }

    /// <summary>Who confirmed or rejected a shrinking import, and when.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>The target-group check of the unchecked citizens that follows a benefit import: done of total.</summary>
    public int ChecksDone { get; set; }

    public int ChecksTotal { get; set; }
}

/// <summary>An enrolled citizen the file of an import holds (whether or not any of their weeks had a benefit): a run
/// replaces stored weeks only for these persons, so a person absent from the file keeps their weeks.</summary>
[FeedsNoFigures]
public sealed class ImportRunPerson
{
    public Guid ImportRunId { get; set; }

    public Guid CitizenId { get; set; }

    /// <summary>The citizen's job centre, so that the run's persons meet their weeks on the weeks' index (which starts
    /// with the job centre).</summary>
    public Guid JobCentreId { get; set; }
}

/// <summary>A piece (at most 1 MiB) of an uploaded register file, kept in the database until it is imported, so that
/// any instance can import it.</summary>
[FeedsNoFigures]
public sealed class ImportFileChunk
{
    public Guid ImportRunId { get; set; }

    public int Index { get; set; }

    public required byte[] Data { get; set; }
}

/// <summary>The benefit category of an enrolled citizen in one ISO week, from a benefit register import.</summary>
public sealed class BenefitWeek : ITenantOwned
{
    public long Id { get; set; }

    public Guid ImportRunId { get; set; }

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    public int Week { get; set; }

    public BenefitCategory Category { get; set; }
}

/// <summary>Hours worked by an enrolled citizen in one ISO week, spread from the income register's pay periods.</summary>
public sealed class HoursWeek : ITenantOwned
{
    public long Id { get; set; }

    public Guid ImportRunId { get; set; }

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    public int Week { get; set; }

    public decimal Hours { get; set; }
}

/// <summary>A benefit code of the register mapped to a category of the rules (tilskud.md). The agency edits the table;
/// a default is shipped.</summary>
public sealed class BenefitCode : IVersioned
{
    public required string Code { get; set; }

    public BenefitCategory Category { get; set; }

    public required string Description { get; set; }

    public int Version { get; set; }
}
