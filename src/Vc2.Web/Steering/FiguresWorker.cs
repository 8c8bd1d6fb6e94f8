using Vc2.Steering.Overview;

namespace Vc2.Web.Steering;

/// <summary>
/// Keeps the national figures current on every instance: every few seconds it recomputes the job centres whose data
/// changed (<see cref="RefreshFigures"/>); the database lease lets one instance do it at a time (ADR 0019). After a
/// register import every centre is behind, and the agency's pages show the older figures, with their time, until this
/// has gone through them.
/// </summary>
public sealed partial class FiguresWorker(IServiceScopeFactory scopes, IConfiguration config, ILogger<FiguresWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Figures:RefreshSeconds", 5)));
        using var timer = new PeriodicTimer(every);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<RefreshFigures>().RunAsync(ct: stoppingToken);
                if (outcome.Refreshed > 0)
                {
                    LogRefreshed(logger, outcome.Refreshed, outcome.Stale);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex); // tried again at the next tick; the pages show the older figures with their time
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "National figures refresh failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "National figures: {Refreshed} job centres recomputed, {Stale} behind")]
    private static partial void LogRefreshed(ILogger logger, int refreshed, int stale);
}
