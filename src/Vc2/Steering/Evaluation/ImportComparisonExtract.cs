using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;
using Vc2.Rules.Model;

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
public sealed class ImportComparisonExtract(Vc2Db db, CprProtector cpr, TimeProvider clock)
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

        var errors = new Errors();
        if (string.IsNullOrEmpty(exportKey) || exportKey.Length is < 16 or > 200)
        {
            errors.Add("ExportKey", "Skriv eksportnøglen, som udtrækket er pseudonymiseret med (16–200 tegn).");
        }

        if (file is null)
        {
            errors.Add("File", "Vælg en fil at indlæse.");
        }

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
        var header = await reader.ReadLineAsync(ct);
        var columns = header?.Split(';') ?? [];
        string[] expected = ["PSEUDONYM", "KOMMUNE", "FOEDSELSAAR", "KOEN"];
        if (columns.Length <= FixedColumns || !expected.Select((name, i) => string.Equals(columns[i].Trim(), name, StringComparison.OrdinalIgnoreCase)).All(b => b))
        {
            return Result<Report>.Error("File", "Filen skal begynde med overskriften PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;y_ÅÅUU;… (fx …;y_1201;y_1202).");
        }

        if (!Money.Registers.ImportBenefits.TryParseWeekColumns(columns, FixedColumns, out var weeks, out var weekError))
        {
            return Result<Report>.Error("File", weekError!);
        }

        if (weeks.Where((w, i) => w != weeks[0] + i).Any())
        {
            return Result<Report>.Error("File", "Ugekolonnerne skal følge hinanden uge for uge, uden huller.");
        }

        var participants = await ParticipantPseudonymsAsync(key, ct);
        var extract = new ComparisonExtract
        {
            FileName = UploadedFileName.Clean(fileName, "uden-navn.csv", 300), FileHash = string.Empty, ImportedAtUtc = clock.GetUtcNow().UtcDateTime, ImportedBy = db.CurrentUser.DisplayName,
            KeyFingerprint = Pseudonyms.Fingerprint(key), FirstWeek = weeks[0], LastWeek = weeks[^1],
        };
        var problems = new List<string>();
        var problemCount = 0;
        var unknown = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<ComparisonPerson>(BatchSize);
        var thisYear = Today.In(clock).Year;
        var length = file!.CanSeek ? file.Length : 0;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ComparisonExtracts.Add(extract);
        await db.SaveChangesAsync(ct);
        var lineNumber = 1;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var problem = Read(line, weeks.Length, thisYear, codes, unknown, out var person);
            if (problem is null && !seen.Add(person!.Pseudonym))
            {
                problem = "pseudonymet står i filen før.";
            }

            if (problem is not null)
            {
                if (++problemCount <= MaxProblemsShown)
                {
                    problems.Add($"Linje {lineNumber}: {problem}");
                }

                continue;
            }

            if (participants.Contains(person!.Pseudonym))
            {
                extract.ParticipantsRemoved++;
                continue;
            }

            if (!municipalities.Contains(person.Municipality))
            {
                extract.OutsideProgramme++;
                continue;
            }

            person.ExtractId = extract.Id;
            person.Pseudonym = cpr.Rekey(RekeyPurpose, person.Pseudonym);
            batch.Add(person);
            extract.Persons++;
            if (batch.Count == BatchSize && problemCount == 0 && unknown.Count == 0)
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

        if (unknown.Count > 0)
        {
            problems.Add("Ukendte ydelseskoder (tilføj dem i kodetabellen under Registre): "
                + string.Join(", ", unknown.Take(MaxProblemsShown).Select(u => $"{u.Key} ({u.Value.ToString("N0", CultureInfo.GetCultureInfo("da-DK"))} uger)")) + ".");
        }

        if (problemCount > MaxProblemsShown)
        {
            problems.Add($"… og {problemCount - MaxProblemsShown} linjer mere med fejl.");
        }

        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var refused = new Errors();
            refused.Add("File", "Filen er ikke indlæst; det hidtidige sammenligningsudtræk gælder stadig. Ret filen og indlæs den igen.");
            foreach (var p in problems)
            {
                refused.Add("File", p);
            }

            return refused.As<Report>();
        }

        if (extract.ParticipantsRemoved == 0 && participants.Count > 0 && extract.Persons > 0)
        {
            // The extract holds everyone who met the criteria, the participants too: when none of them is found, the key
            // typed is not the key it was made with, and the participants would stand in their own comparison group.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Result<Report>.Error("ExportKey",
                "Ingen af VC2's borgere blev fundet i udtrækket med denne nøgle. Kontrollér eksportnøglen — udtrækket skal også rumme deltagerne, for at VC2 kan holde dem uden for sammenligningsgruppen.");
        }

        if (extract.Persons == 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Result<Report>.Error("File", "Filen har ingen personer i programmets kommuner, som ikke er deltagere. Intet er indlæst.");
        }

        await BulkInsert.AddAsync(db, batch, ct);
        await reader.ReadToEndAsync(ct); // the hash covers the whole file
        extract.FileHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        db.ComparisonExtracts.Update(extract);
        // The new extract replaces the old ones.
        await db.ComparisonPersons.Where(p => p.ExtractId != extract.Id).ExecuteDeleteAsync(ct);
        await db.ComparisonExtracts.Where(e => e.Id != extract.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        progress?.Report(1);
        return new Report(extract.Id, extract.Persons, extract.ParticipantsRemoved, extract.OutsideProgramme, extract.FirstWeek, extract.LastWeek);
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

    /// <summary>Reads a data line into a person, or says in Danish why it cannot.</summary>
    private static string? Read(string line, int weekCount, int thisYear, Dictionary<string, BenefitCategory> codes, SortedDictionary<string, int> unknown,
        out ComparisonPerson? person)
    {
        person = null;
        var cells = line.Split(';');
        if (cells.Length != FixedColumns + weekCount)
        {
            return $"har {cells.Length} felter, men overskriften har {FixedColumns + weekCount}.";
        }

        var pseudonym = cells[0].Trim().ToLowerInvariant();
        if (!Pseudonyms.IsWellFormed(pseudonym))
        {
            return $"pseudonymet skal være {Pseudonyms.Length} hex-tegn (0–9, a–f).";
        }

        var municipality = cells[1].Trim();
        if (municipality.Length != 3 || !municipality.All(char.IsAsciiDigit))
        {
            return "KOMMUNE skal være et kommunenummer på tre cifre.";
        }

        if (!int.TryParse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var birthYear) || birthYear < thisYear - 100 || birthYear > thisYear - 15)
        {
            return $"FOEDSELSAAR skal være et årstal mellem {thisYear - 100} og {thisYear - 15}.";
        }

        var sex = cells[3].Trim().ToUpperInvariant();
        if (sex is not ("K" or "M"))
        {
            return "KOEN skal være K eller M.";
        }

        var weeks = new byte[weekCount];
        for (var i = 0; i < weekCount; i++)
        {
            var code = cells[FixedColumns + i].Trim();
            if (code.Length == 0)
            {
                continue; // no benefit that week
            }

            if (!codes.TryGetValue(code, out var category))
            {
                var shown = code.Length > 12 ? code[..12] + "…" : code;
                unknown[shown] = unknown.GetValueOrDefault(shown) + 1;
                continue;
            }

            weeks[i] = (byte)category;
        }

        person = new ComparisonPerson { Pseudonym = pseudonym, Municipality = municipality, BirthYear = birthYear, Female = sex == "K", Weeks = weeks };
        return null;
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
