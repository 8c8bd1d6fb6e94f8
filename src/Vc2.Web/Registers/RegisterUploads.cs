using System.Threading.Channels;
using Vc2.Money.Registers;
using Vc2.Platform.Users;

namespace Vc2.Web.Registers;

/// <summary>An uploaded register file waiting to be imported: where it was saved, what kind it is, and who sent it.</summary>
public sealed record RegisterImportJob(Guid RunId, ImportKind Kind, string FilePath, string FileName, string UploadedBy);

/// <summary>The uploads waiting for the worker. The import's progress and result live in the database (the run's row),
/// so any instance can show them; the queue only hands the file from the request to the worker.</summary>
public sealed class RegisterUploads
{
    private readonly Channel<RegisterImportJob> _channel = Channel.CreateUnbounded<RegisterImportJob>();

    public ValueTask EnqueueAsync(RegisterImportJob job, CancellationToken ct) => _channel.Writer.WriteAsync(job, ct);

    public IAsyncEnumerable<RegisterImportJob> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

/// <summary>Imports uploaded register files one at a time, in the background, as the user who uploaded them.</summary>
public sealed partial class RegisterImportWorker(RegisterUploads queue, IServiceScopeFactory scopes, ILogger<RegisterImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem(job.UploadedBy);
                await using var file = new FileStream(job.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                _ = job.Kind == ImportKind.Benefits
                    ? await scope.ServiceProvider.GetRequiredService<ImportBenefits>().RunAsync(file, job.FileName, runId: job.RunId, ct: stoppingToken)
                    : await scope.ServiceProvider.GetRequiredService<ImportHours>().RunAsync(file, job.FileName, runId: job.RunId, ct: stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The run stays "running" and is cleaned up, with a note in the log, by the next import.
                LogFailed(logger, job.RunId, ex);
            }
            finally
            {
                File.Delete(job.FilePath);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Register import {RunId} failed")]
    private static partial void LogFailed(ILogger logger, Guid runId, Exception exception);
}
