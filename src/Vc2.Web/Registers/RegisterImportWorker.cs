using Vc2.Money.Registers;
using Vc2.Platform.Users;

namespace Vc2.Web.Registers;

/// <summary>
/// Imports the uploaded register files kept in the database, on every instance: every two seconds it asks for the next
/// queued upload (<see cref="ImportNextQueued"/>); the database lease lets one instance import it, once, and lets another
/// take over when that instance dies (ADR 0015). The import's progress and result are the run's row, so any instance
/// shows them.
/// </summary>
public sealed partial class RegisterImportWorker(IServiceScopeFactory scopes, ILogger<RegisterImportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollEvery);
        do
        {
            await ImportWhileQueuedAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ImportWhileQueuedAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            ImportNextQueued.Output step;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("registerindlæsning");
                step = await scope.ServiceProvider.GetRequiredService<ImportNextQueued>().RunAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The run is failed (or, when the process dies, left to the next instance); the worker goes on.
                LogFailed(logger, ex);
                return;
            }

            if (step.RunId is not { } runId || step.Busy)
            {
                return; // nothing queued, or another instance is importing
            }

            LogImported(logger, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Register import failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Register import {RunId} done")]
    private static partial void LogImported(ILogger logger, Guid runId);
}
