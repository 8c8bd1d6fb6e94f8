using Vc2.Platform.Security;

namespace Vc2.Money.Registers;

/// <summary>The read phase of an import: every line of the file is read before any row is written (ADR 0021); only the
/// rows of enrolled persons are kept, as small values, matched on the keyed CPR hash.</summary>
internal sealed partial class ImportRunner
{
    /// <param name="first">The first line when it holds data (a file without a header), else null.</param>
    private async Task<FileRead<TValue>> ReadAsync<TValue>(RegisterFormat<TValue> format, StreamReader reader, string? first, ImportRun run, Stream file,
        IProgress<double>? progress, CancellationToken ct)
        where TValue : struct
    {
        var read = new FileRead<TValue>(run.Id);
        var length = run.FileSize;
        using var hasher = protector.CreateLookupHasher();
        var cprHash = new char[LookupHasher.Length];
        var enrolled = _enrolledByCprHash.GetAlternateLookup<ReadOnlySpan<char>>();
        var lineNumber = first is null ? 2L : 1L;
        for (var line = first ?? await reader.ReadLineAsync(ct); line is not null; line = await reader.ReadLineAsync(ct), lineNumber++)
        {
            if (line.Length == 0)
            {
                continue;
            }

            run.RowsRead++;
            if (run.RowsRead % 10_000 == 0)
            {
                await ReportProgressAsync(run, length > 0 ? ReadShare * file.Position / length : 0, progress, ct);
                await RenewLeaseAsync(run, force: false, ct);
            }

            if (format.ReadLine(line, out var cpr) is { } problem)
            {
                read.BadLines.Add(lineNumber, problem);
                continue;
            }

            read.Valid++;
            hasher.Hash(cpr!, cprHash);
            if (enrolled.TryGetValue(cprHash, out var citizens))
            {
                read.Keep(format, citizens, lineNumber); // else not in the programme: not kept
            }
        }

        if (read.Valid == 0)
        {
            throw new ImportRefusedException(read.BadLines.Count == 0
                ? "Filen har ingen linjer med data. Intet er ændret."
                : $"Ingen af filens {read.BadLines.Count} linjer kunne læses ({read.BadLines.Reported[0]}). Intet er ændret.");
        }

        return read;
    }

    /// <summary>What the read phase keeps: the enrolled persons met (in the order met), their rows, and the bad lines.</summary>
    private sealed class FileRead<TValue>(Guid runId)
        where TValue : struct
    {
        private readonly Dictionary<Guid, int> _personIndex = [];
        private readonly List<long> _firstLines = [];

        public RowBuffer<TValue> Rows { get; } = new();

        public List<ImportRunPerson> Persons { get; } = [];

        public LineProblems BadLines { get; } = new();

        public long Valid { get; set; }

        /// <summary>Keeps a line's rows for each enrolment of its person; a register with one line per person keeps
        /// the first line only.</summary>
        public void Keep(RegisterFormat<TValue> format, List<(Guid CitizenId, Guid JobCentreId)> citizens, long lineNumber)
        {
            if (format.OneLinePerPerson && _personIndex.TryGetValue(citizens[0].CitizenId, out var seen))
            {
                BadLines.Add(lineNumber, $"personen står også i linje {_firstLines[seen]}; kun den første linje er brugt.");
                return;
            }

            foreach (var (citizenId, jobCentreId) in citizens)
            {
                if (!_personIndex.TryGetValue(citizenId, out var person))
                {
                    person = Persons.Count;
                    _personIndex.Add(citizenId, person);
                    Persons.Add(new ImportRunPerson { ImportRunId = runId, CitizenId = citizenId, JobCentreId = jobCentreId });
                    _firstLines.Add(lineNumber);
                }

                format.AddRows(Rows, person);
            }
        }
    }
}
