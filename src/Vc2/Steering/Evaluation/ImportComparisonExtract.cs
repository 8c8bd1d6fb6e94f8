using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;

namespace Vc2.Steering.Evaluation;

/// <summary>
/// The agency imports the register comparison group (ADR 0026, section 3): a pseudonymised extract of the
/// benefit register in the weekly format, <c>PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;y_1201;y_1202;…</c>, one line per
/// person, each week cell a benefit code of the code table or empty. The pseudonyms follow the evaluator export's scheme
/// (<see cref="Pseudonyms"/>) under the export key the agency types here (never stored): VC2 pseudonymises its own
/// citizens with it and leaves them out, so the extract keeps only persons who were not enrolled — and refuses the file
/// when none of them is in it (the wrong key). What is stored is keyed again with VC2's lookup key. The file is read as a
/// stream and written in batches inside one transaction; any bad line, unknown code or repeated pseudonym refuses the
/// whole file with the reasons, and the extract already there stands. A new extract replaces the old in that transaction.
/// </summary>
public sealed partial class ImportComparisonExtract(Vc2Db db, CprProtector cpr, TimeProvider clock)
{
    public const int MaxProblemsShown = 20;

    /// <summary>What the stored pseudonyms are keyed again for (<see cref="CprProtector.Rekey"/>).</summary>
    public const string RekeyPurpose = "sammenligningsgruppe";
    private const int BatchSize = 2000;
    private const int FixedColumns = 4;

    public sealed record Report(Guid Id, int Persons, int ParticipantsRemoved, int OutsideProgramme, int FirstWeek, int LastWeek);

    public async Task<Result<Report>> RunAsync(Stream? file, string? fileName, string? exportKey, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        if (!db.CurrentUser.IsSystem && !db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<Report>.Missing();
        }

        var errors = CheckInput(file, exportKey);
        if (errors.Any)
        {
            return errors.As<Report>();
        }

        var key = Encoding.UTF8.GetBytes(exportKey!);
        var codes = await db.BenefitCodes.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Category, StringComparer.Ordinal, ct);
        var municipalities = (await db.JobCentres.Select(j => j.MunicipalityNumber).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var hashing = new HashingStream(file!, hash);
        using var reader = new StreamReader(hashing, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var (weeks, headerError) = await ReadHeaderAsync(reader, ct);
        if (headerError is not null)
        {
            return Result<Report>.Error("File", headerError);
        }

        var participants = await ParticipantPseudonymsAsync(key, ct);
        var extract = new ComparisonExtract
        {
            FileName = UploadedFileName.Clean(fileName, "uden-navn.csv", 300), FileHash = string.Empty, ImportedAtUtc = clock.GetUtcNow().UtcDateTime, ImportedBy = db.CurrentUser.DisplayName,
            KeyFingerprint = Pseudonyms.Fingerprint(key), FirstWeek = weeks[0], LastWeek = weeks[^1],
        };
        var lines = new PersonLines(weeks.Length, Today.In(clock).Year, codes, participants, municipalities, extract);
        var length = file!.CanSeek ? file.Length : 0;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ComparisonExtracts.Add(extract);
        await db.SaveChangesAsync(ct);
        var batch = await ReadPersonsAsync(reader, file, length, lines, progress, ct);
        if (Refusal(lines, extract, participants.Count) is { } refusal)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return refusal;
        }

        await BulkInsert.AddAsync(db, batch, ct);
        await reader.ReadToEndAsync(ct); // the hash covers the whole file
        extract.FileHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        await ReplaceOldExtractsAsync(extract, ct);
        await transaction.CommitAsync(ct);
        progress?.Report(1);
        return new Report(extract.Id, extract.Persons, extract.ParticipantsRemoved, extract.OutsideProgramme, extract.FirstWeek, extract.LastWeek);
    }

    private static Errors CheckInput(Stream? file, string? exportKey)
    {
        var errors = new Errors();
        if (string.IsNullOrEmpty(exportKey) || exportKey.Length is < 16 or > 200)
        {
            errors.Add("ExportKey", "Skriv eksportnøglen, som udtrækket er pseudonymiseret med (16–200 tegn).");
        }

        if (file is null)
        {
            errors.Add("File", "Vælg en fil at indlæse.");
        }

        return errors;
    }

    /// <summary>Reads the header line into the weeks of its columns, or says in Danish why it cannot.</summary>
    private static async Task<(int[] Weeks, string? Error)> ReadHeaderAsync(StreamReader reader, CancellationToken ct)
    {
        var header = await reader.ReadLineAsync(ct);
        var columns = header?.Split(';') ?? [];
        string[] expected = ["PSEUDONYM", "KOMMUNE", "FOEDSELSAAR", "KOEN"];
        if (columns.Length <= FixedColumns || !expected.Select((name, i) => string.Equals(columns[i].Trim(), name, StringComparison.OrdinalIgnoreCase)).All(b => b))
        {
            return ([], "Filen skal begynde med overskriften PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;y_ÅÅUU;… (fx …;y_1201;y_1202).");
        }

        if (!Money.Registers.ImportBenefits.TryParseWeekColumns(columns, FixedColumns, out var weeks, out var weekError))
        {
            return ([], weekError!);
        }

        if (weeks.Where((w, i) => w != weeks[0] + i).Any())
        {
            return ([], "Ugekolonnerne skal følge hinanden uge for uge, uden huller.");
        }

        return (weeks, null);
    }

    /// <summary>Reads every data line, writing the persons to keep in batches while the file is still clean; returns the
    /// last batch, not yet written.</summary>
    private async Task<List<ComparisonPerson>> ReadPersonsAsync(StreamReader reader, Stream file, long length, PersonLines lines, IProgress<double>? progress,
        CancellationToken ct)
    {
        var batch = new List<ComparisonPerson>(BatchSize);
        var lineNumber = 1;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || lines.Take(line, lineNumber) is not { } person)
            {
                continue;
            }

            person.ExtractId = lines.Extract.Id;
            person.Pseudonym = cpr.Rekey(RekeyPurpose, person.Pseudonym);
            batch.Add(person);
            lines.Extract.Persons++;
            if (batch.Count == BatchSize && !lines.Refused)
            {
                await BulkInsert.AddAsync(db, batch, ct);
                batch.Clear();
                progress?.Report(length > 0 ? Math.Min(1, (double)file.Position / length) : 0);
            }
            else if (batch.Count == BatchSize)
            {
                batch.Clear(); // the file is refused already: read on only to report every problem
            }
        }

        return batch;
    }

    /// <summary>Why the file read is not imported, or null when it is.</summary>
    private static Result<Report>? Refusal(PersonLines lines, ComparisonExtract extract, int participantCount)
    {
        var problems = lines.Problems();
        if (problems.Count > 0)
        {
            var refused = new Errors();
            refused.Add("File", "Filen er ikke indlæst; det hidtidige sammenligningsudtræk gælder stadig. Ret filen og indlæs den igen.");
            foreach (var p in problems)
            {
                refused.Add("File", p);
            }

            return refused.As<Report>();
        }

        if (extract.ParticipantsRemoved == 0 && participantCount > 0 && extract.Persons > 0)
        {
            // The extract holds everyone who met the criteria, the participants too: when none of them is found, the key
            // typed is not the key it was made with, and the participants would stand in their own comparison group.
            return Result<Report>.Error("ExportKey",
                "Ingen af VC2's borgere blev fundet i udtrækket med denne nøgle. Kontrollér eksportnøglen — udtrækket skal også rumme deltagerne, for at VC2 kan holde dem uden for sammenligningsgruppen.");
        }

        if (extract.Persons == 0)
        {
            return Result<Report>.Error("File", "Filen har ingen personer i programmets kommuner, som ikke er deltagere. Intet er indlæst.");
        }

        return null;
    }

    /// <summary>Saves the new extract and deletes the old ones.</summary>
    private async Task ReplaceOldExtractsAsync(ComparisonExtract extract, CancellationToken ct)
    {
        db.ComparisonExtracts.Update(extract);
        await db.ComparisonPersons.Where(p => p.ExtractId != extract.Id).ExecuteDeleteAsync(ct);
        await db.ComparisonExtracts.Where(e => e.Id != extract.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The extract in use, for the agency and the evaluators (null for anyone else, or when none is imported).</summary>
    public async Task<ComparisonExtract?> CurrentAsync(CancellationToken ct = default) =>
        db.CurrentUser.IsNational || db.CurrentUser.IsSystem
            ? await db.ComparisonExtracts.AsNoTracking().OrderByDescending(e => e.ImportedAtUtc).FirstOrDefaultAsync(ct)
            : null;

    /// <summary>The pseudonyms of every enrolled citizen under the key. The CPR numbers are decrypted in memory and nothing
    /// of them is kept; each job centre's access log says so, saved first — whatever happens to the import after.</summary>
    private async Task<HashSet<string>> ParticipantPseudonymsAsync(byte[] key, CancellationToken ct)
    {
        var citizens = await db.Citizens.Nationally().Select(c => new { c.JobCentreId, c.CprCipher }).ToListAsync(ct);
        AuditLog.AddPerJobCentre(db, clock, AuditAction.List, citizens.Select(c => c.JobCentreId),
            n => $"Evaluering: {n} borgeres pseudonymer dannet af CPR-nummeret for at holde dem uden for sammenligningsgruppen (intet CPR-nummer gemt)");

        await db.SaveChangesAsync(CancellationToken.None);
        return citizens.Select(c => Pseudonyms.Of(key, cpr.Decrypt(c.CprCipher))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Hashes what is read through it, so the file's SHA-256 is known without reading it twice.</summary>
    private sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            hash.AppendData(buffer, offset, read);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            hash.AppendData(buffer.Span[..read]);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
