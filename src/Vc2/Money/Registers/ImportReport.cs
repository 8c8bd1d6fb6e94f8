namespace Vc2.Money.Registers;

/// <summary>What an import reports: rows read, persons matched, weeks stored, unknown codes and bad lines with their
/// numbers. <see cref="AlreadyImported"/> when the same file was imported before (nothing changes).</summary>
public sealed record ImportReport(
    Guid RunId,
    ImportKind Kind,
    ImportStatus Status,
    bool AlreadyImported,
    long RowsRead,
    int PersonsMatched,
    long WeeksStored,
    string? FirstWeek,
    string? LastWeek,
    IReadOnlyDictionary<string, long> UnknownCodes,
    IReadOnlyList<string> BadLines,
    string? Error);
