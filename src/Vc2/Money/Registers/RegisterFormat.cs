using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

/// <summary>
/// How a register file reads (ADR 0010): its header and its lines, and the rows a line gives an enrolled citizen. The
/// life of an import — one at a time, the same file twice changes nothing, rows in batches under a running run,
/// completion in one transaction, clean-up after a failure — is <see cref="ImportRunner"/>'s, the same for every
/// format. A format reads one file: it keeps the line it read last.
/// </summary>
internal abstract class RegisterFormat<TRow>
{
    public abstract ImportKind Kind { get; }

    /// <summary>Reads the file's first line. A Danish reason when the file cannot be read; <paramref name="isHeader"/>
    /// false when the line is data (a format without a required header).</summary>
    public abstract string? ReadHeader(string? line, out bool isHeader);

    /// <summary>Reads a data line: its CPR number, or a Danish reason why the line cannot be read.</summary>
    public abstract string? ReadLine(string line, out Cpr? cpr);

    /// <summary>The rows of the line read last, for one enrolled citizen.</summary>
    public abstract void AddRows(List<TRow> batch, Guid runId, Guid citizenId, Guid jobCentreId);

    /// <summary>The first and last week the file covers (ISO week ordinals), known once every line is read.</summary>
    public abstract (int First, int Last) Weeks { get; }

    /// <summary>Codes met in the rows of enrolled citizens that the code table does not know, with how often.</summary>
    public virtual IReadOnlyDictionary<string, long> UnknownCodes { get; } = new Dictionary<string, long>();

    /// <summary>Writes a batch in its own transaction, renewing the import's lease in it (<see cref="BulkWriter"/>).</summary>
    public abstract Task WriteAsync(Vc2Db db, IReadOnlyList<TRow> rows, LeaseFence fence, CancellationToken ct);
}
