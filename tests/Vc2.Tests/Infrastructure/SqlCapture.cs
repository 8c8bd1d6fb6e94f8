using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Vc2.Tests.Infrastructure;

/// <summary>The SQL commands EF executes, as logged under <c>Microsoft.EntityFrameworkCore.Database.Command</c>
/// (turn that category to Information in the app's settings to fill it): for tests that count what a request reads.</summary>
public sealed class SqlCapture : ILoggerProvider
{
    public const string Category = "Microsoft.EntityFrameworkCore.Database.Command";

    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Capture(_commands) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Capture(ConcurrentQueue<string> commands) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // 20101: CommandExecuted, with the SQL text.
            if (eventId.Id == 20101)
            {
                commands.Enqueue(formatter(state, exception));
            }
        }
    }
}
