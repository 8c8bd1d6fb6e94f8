using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Money.Registers;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules;
using Vc2.Rules.Model;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

/// <summary>Uploads kept in the database and imported by whichever instance takes the lease (ADR 0015). The app's own
/// background worker runs in these tests too, so each test waits for the run's final state rather than for one call.</summary>
public sealed class ImportQueueTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static async Task<Result<Guid>> QueueAsync(TestApp app, byte[] content, string name, ImportKind kind = ImportKind.Benefits)
    {
        await using var scope = await app.UserScopeAsync(app.Data.Agency);
        return await scope.ServiceProvider.GetRequiredService<QueueImport>().RunAsync(kind, new MemoryStream(content), name);
    }

    private static async Task<ImportRun> WaitAsync(TestApp app, Guid runId, Func<ImportRun, bool> done)
    {
        for (var waited = 0; ; waited += 100)
        {
            await using (var scope = app.SystemScope(out var db))
            {
                var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
                if (done(run) || waited > 30_000)
                {
                    return run;
                }
            }

            await Task.Delay(100);
        }
    }

    private static bool Finished(ImportRun run) => run.Status is ImportStatus.Completed or ImportStatus.Failed or ImportStatus.Unchanged;

    /// <summary>A benefit extract of more than two pieces (1 MiB each): citizen A in week 2015-W01, and many persons not in
    /// the programme.</summary>
    private static byte[] LargeExtract()
    {
        var text = new StringBuilder("PNR;y_1501\n").Append(TestData.CprA).Append(";130\n");
        for (var i = 0; text.Length < (int)(2.5 * QueueImport.ChunkSize); i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"0101{70 + (i % 30):00}{1000 + (i % 9000):0000};130\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_upload_is_kept_in_pieces_imported_once_and_its_pieces_removed(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var content = LargeExtract();
        var runId = Assert.IsType<Result<Guid>.Ok>(await QueueAsync(app, content, "../../stor fil.csv")).Value;

        var run = await WaitAsync(app, runId, Finished);
        Assert.Equal(ImportStatus.Completed, run.Status);
        Assert.Equal("stor fil.csv", run.FileName); // a path in the name is not kept
        Assert.Equal(content.Length, run.FileSize);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)), run.FileHash);
        Assert.Equal(content.Count(b => b == (byte)'\n') - 1, run.RowsRead);
        Assert.Equal(1, run.Attempts);
        Assert.Null(run.LeaseUntilUtc);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(0, await db.ImportFileChunks.CountAsync());
            var week = await db.BenefitWeeks.SingleAsync();
            Assert.Equal((app.Data.CitizenA, new IsoWeek(2015, 1).Ordinal, BenefitCategory.Kontanthjaelp), (week.CitizenId, week.Week, week.Category));
        }

        // The same file again: its run says so, nothing changes.
        var again = Assert.IsType<Result<Guid>.Ok>(await QueueAsync(app, content, "igen.csv")).Value;
        var unchanged = await WaitAsync(app, again, Finished);
        Assert.Equal(ImportStatus.Unchanged, unchanged.Status);
        Assert.Contains("allerede indlæst", unchanged.Problems, StringComparison.Ordinal);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(1, await db.BenefitWeeks.CountAsync());
            Assert.Equal(0, await db.ImportFileChunks.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_that_cannot_be_read_fails_with_the_reason_and_an_empty_file_or_a_caseworker_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var runId = Assert.IsType<Result<Guid>.Ok>(await QueueAsync(app, Encoding.UTF8.GetBytes("CPR;uge\n1;2\n"), "forkert.csv")).Value;
        var run = await WaitAsync(app, runId, Finished);
        Assert.Equal(ImportStatus.Failed, run.Status);
        Assert.Contains("Filen kan ikke læses: Filen skal begynde med overskriften PNR", run.Problems, StringComparison.Ordinal);

        var empty = Assert.IsType<Result<Guid>.Invalid>(await QueueAsync(app, [], "tom.csv"));
        Assert.Equal("Filen er tom. Vælg en fil med indhold.", empty.Errors["File"][0]);

        await using (var scope = await app.UserScopeAsync(app.Data.CaseworkerA))
        {
            var refused = await scope.ServiceProvider.GetRequiredService<QueueImport>().RunAsync(ImportKind.Benefits, new MemoryStream([1, 2, 3]), "x.csv");
            Assert.IsType<Result<Guid>.NotFound>(refused);
        }

        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(1, await db.ImportRuns.CountAsync()); // no run for the refused and the empty upload
            Assert.Equal(0, await db.ImportFileChunks.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_upload_whose_instance_died_is_imported_again_once_its_lease_has_run_out(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var content = Encoding.UTF8.GetBytes($"PNR;y_1501;y_1502\n{TestData.CprA};130;130\n");
        Guid runId;
        await using (var scope = app.SystemScope(out var db))
        {
            // What an instance killed mid-import leaves: a running run with a lapsed lease, rows of its own, the file's pieces.
            var run = new ImportRun
            {
                Kind = ImportKind.Benefits, Status = ImportStatus.Running, FileName = "afbrudt.csv", StartedBy = "Styrelsen",
                FileHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)), FileSize = content.Length,
                StartedAtUtc = DateTime.UtcNow.AddMinutes(-5), LeaseUntilUtc = DateTime.UtcNow.AddSeconds(-1), Attempts = 1, RowsRead = 1,
            };
            db.ImportRuns.Add(run);
            db.ImportFileChunks.Add(new ImportFileChunk { ImportRunId = run.Id, Index = 0, Data = content });
            // A run writes its persons before its weeks (ADR 0021).
            db.ImportRunPersons.Add(new ImportRunPerson { ImportRunId = run.Id, CitizenId = app.Data.CitizenA, JobCentreId = app.Data.CentreA });
            db.BenefitWeeks.Add(new BenefitWeek { ImportRunId = run.Id, CitizenId = app.Data.CitizenA, JobCentreId = app.Data.CentreA, Week = new IsoWeek(2015, 1).Ordinal, Category = BenefitCategory.Su });
            await db.SaveChangesAsync();
            runId = run.Id;
        }

        var done = await WaitAsync(app, runId, Finished);
        Assert.Equal(ImportStatus.Completed, done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Contains("Indlæsningen blev afbrudt", done.Problems, StringComparison.Ordinal);
        Assert.Contains("filen indlæses igen", done.Problems, StringComparison.Ordinal);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal([BenefitCategory.Kontanthjaelp, BenefitCategory.Kontanthjaelp], await db.BenefitWeeks.OrderBy(w => w.Week).Select(w => w.Category).ToListAsync());
            Assert.Equal(1, await db.ImportRuns.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_that_killed_its_importer_three_times_is_failed_and_the_previous_data_stands(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Guid runId;
        await using (var scope = app.SystemScope(out var db))
        {
            var run = new ImportRun
            {
                Kind = ImportKind.Benefits, Status = ImportStatus.Running, FileName = "giftig.csv", StartedBy = "Styrelsen", FileHash = "z", FileSize = 3,
                StartedAtUtc = DateTime.UtcNow.AddMinutes(-5), LeaseUntilUtc = DateTime.UtcNow.AddSeconds(-1), Attempts = 3,
            };
            db.ImportRuns.Add(run);
            db.ImportFileChunks.Add(new ImportFileChunk { ImportRunId = run.Id, Index = 0, Data = [1, 2, 3] });
            await db.SaveChangesAsync();
            runId = run.Id;
        }

        var failed = await WaitAsync(app, runId, Finished);
        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Contains("de tidligere data gælder", failed.Problems, StringComparison.Ordinal);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.Equal(0, await db.ImportFileChunks.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_lease_is_held_by_one_owner_until_it_runs_out_or_is_released(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, seedTestData: false);
        await using var scope = app.SystemScope(out var db);
        var now = DateTime.UtcNow;
        var minute = TimeSpan.FromMinutes(1);
        Assert.True(await db.TryAcquireAsync("prøve", "A", minute, now, CancellationToken.None));
        Assert.False(await db.TryAcquireAsync("prøve", "B", minute, now.AddSeconds(30), CancellationToken.None));
        Assert.True(await db.TryAcquireAsync("prøve", "A", minute, now.AddSeconds(30), CancellationToken.None)); // renewed
        Assert.False(await db.TryAcquireAsync("prøve", "B", minute, now.AddSeconds(80), CancellationToken.None));
        Assert.True(await db.TryAcquireAsync("prøve", "B", minute, now.AddSeconds(91), CancellationToken.None)); // A's ran out
        await db.ReleaseAsync("prøve", "A"); // not A's any more: nothing happens
        Assert.False(await db.TryAcquireAsync("prøve", "A", minute, now.AddSeconds(92), CancellationToken.None));
        await db.ReleaseAsync("prøve", "B");
        Assert.True(await db.TryAcquireAsync("prøve", "A", minute, now.AddSeconds(93), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_importer_whose_lease_was_taken_over_while_reading_writes_nothing_and_leaves_the_run_to_the_new_holder(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var text = new StringBuilder("PNR;y_1501;y_1502\n").Append(TestData.CprA).Append(";130;130\n");
        for (var i = 0; i < 8000; i++)
        {
            text.Append("0101700000").Append(";130;130\n"); // persons not in the programme: read, not kept
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        // Half-way through the file, another instance takes the lease (this one was taken for dead). Every line is read
        // before any row is written (ADR 0021): the first write — the run's persons — is refused by the lease fence.
        var takeover = new TakeoverStream(bytes, bytes.Length / 2, () =>
        {
            using var scope = app.SystemScope(out var db);
            db.Leases.Where(l => l.Name == ImportRunner.LeaseName)
                .ExecuteUpdate(u => u.SetProperty(l => l.Owner, "ny ejer").SetProperty(l => l.UntilUtc, DateTime.UtcNow.AddMinutes(5)));
        });
        await using (var scope = app.SystemScope(out _))
        {
            await Assert.ThrowsAsync<ImportLeaseLostException>(() => scope.ServiceProvider.GetRequiredService<ImportBenefits>().RunAsync(takeover, "overtaget.csv"));
        }

        await using (var check = app.SystemScope(out var db))
        {
            var run = await db.ImportRuns.SingleAsync(r => r.FileName == "overtaget.csv");
            Assert.Equal(ImportStatus.Running, run.Status); // the new holder cleans it up
            Assert.Equal(0, await db.BenefitWeeks.CountAsync(w => w.ImportRunId == run.Id));
            Assert.Equal(0, await db.ImportRunPersons.CountAsync(p => p.ImportRunId == run.Id));
            Assert.Equal("ny ejer", (await db.Leases.SingleAsync(l => l.Name == ImportRunner.LeaseName)).Owner);
        }
    }

    /// <summary>Runs <paramref name="takeover"/> once, when reading passes <paramref name="at"/> — in the import's reading,
    /// not in the hashing before it (which ends by going back to the start).</summary>
    private sealed class TakeoverStream(byte[] data, int at, Action takeover) : MemoryStream(data)
    {
        private bool _armed;
        private bool _done;

        public override long Position
        {
            get => base.Position;
            set
            {
                _armed |= value == 0 && base.Position > 0;
                base.Position = value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_armed && !_done && Position >= at)
            {
                _done = true;
                takeover();
            }

            return base.Read(buffer, offset, Math.Min(count, 4096));
        }

        public override int Read(Span<byte> buffer)
        {
            var copy = new byte[Math.Min(buffer.Length, 4096)];
            var read = Read(copy, 0, copy.Length);
            copy.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
