using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

/// <summary>
/// How a register file reads (ADR 0010): its header and its lines, and the rows a line gives an enrolled citizen. The
/// life of an import — one at a time, the same file twice changes nothing, every line read before any row is written,
/// rows written in the order of the weeks' index under a running run, completion in one transaction, clean-up after a
/// failure — is <see cref="ImportRunner"/>'s, the same for every format (ADR 0021). A format reads one file: it keeps
/// the line it read last.
/// </summary>
/// <typeparam name="TValue">What a week row holds: a benefit category, hours.</typeparam>
internal abstract class RegisterFormat<TValue>
    where TValue : struct
{
    public abstract ImportKind Kind { get; }

    /// <summary>A person has one line in a file of this format (the benefit register: a line per person, a cell per
    /// week); a second line for the same person is reported and skipped rather than giving them two values for a week.</summary>
    public virtual bool OneLinePerPerson => false;

    /// <summary>Reads the file's first line. A Danish reason when the file cannot be read; <paramref name="isHeader"/>
    /// false when the line is data (a format without a required header).</summary>
    public abstract string? ReadHeader(string? line, out bool isHeader);

    /// <summary>Reads a data line: its CPR number, or a Danish reason why the line cannot be read.</summary>
    public abstract string? ReadLine(string line, out Cpr? cpr);

    /// <summary>The rows of the line read last, for one enrolled citizen (<paramref name="person"/>: their index among
    /// the run's persons).</summary>
    public abstract void AddRows(RowBuffer<TValue> rows, int person);

    /// <summary>The first and last week the file covers (ISO week ordinals), known once every line is read.</summary>
    public abstract (int First, int Last) Weeks { get; }

    /// <summary>Codes met in the rows of enrolled citizens that the code table does not know, with how often.</summary>
    public virtual IReadOnlyDictionary<string, long> UnknownCodes { get; } = new Dictionary<string, long>();

    /// <summary>Writes rows in one transaction, renewing the import's lease in it (<see cref="BulkWriter"/>).</summary>
    public abstract Task WriteAsync(Vc2Db db, Guid runId, IReadOnlyList<ImportRunPerson> persons, ArraySegment<RegisterRow<TValue>> rows,
        LeaseFence fence, CancellationToken ct);
}

/// <summary>One week row a file gives an enrolled person, kept until every line is read: the person (an index into the
/// run's persons), the ISO week ordinal and the value. Small and without references, so that the 2.5 million rows of a
/// national extract take about 30 MB, whatever the length of the file.</summary>
internal readonly record struct RegisterRow<TValue>(int Person, int Week, TValue Value)
    where TValue : struct;
