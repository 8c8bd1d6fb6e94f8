using Vc2.Platform.Outbox;

namespace Vc2.Web.Outbox;

/// <summary>
/// VC2's own sender of e-mail and text messages (ADR 0027), on every instance: every few seconds a pass of
/// <see cref="DeliverOutbox"/> under this instance's name, so that the lease keeps two instances off the same message.
/// Registered only when <c>Smtp:Host</c> or <c>Sms:Endpoint</c> is set; without them the outbox only collects, as in
/// the demo.
/// </summary>
public sealed partial class OutboxSender(IServiceScopeFactory scopes, DeliveryOptions options, ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>Unique per process, so that a restarted instance does not take over the leases of the one before it.</summary>
    public string Instance { get; } = Last100($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.PollSeconds)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var pass = await scope.ServiceProvider.GetRequiredService<DeliverOutbox>().RunAsync(Instance, stoppingToken);
                if (pass.Sent + pass.Deferred + pass.Failed > 0)
                {
                    LogPass(logger, pass.Sent, pass.Deferred, pass.Failed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex); // the database may be away for a moment: the next tick tries again
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static string Last100(string name) => name.Length <= 100 ? name : name[^100..];

    // Counts only: addresses and texts stay out of the log.
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} sent, {Deferred} to be tried again, {Failed} given up")]
    private static partial void LogPass(ILogger logger, int sent, int deferred, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
