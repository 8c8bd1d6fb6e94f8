using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vc2.Composition;
using Vc2.Demo;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;

namespace Vc2.Cli;

/// <summary>The database options every command that touches the database shares, with the same defaults and
/// environment variables as the web app (<c>Database__Provider</c>, <c>ConnectionStrings__Default</c>, <c>Cpr__…</c>).</summary>
internal static class CliDatabase
{
    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Sqlite eller Postgres (standard: Database__Provider eller Sqlite)",
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Forbindelsesstreng (standard: ConnectionStrings__Default eller src/Vc2.Web/data/vc2.db)",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    /// <summary>Services for one command, running as the system user (not limited to one job centre).</summary>
    public static ServiceProvider Build(ParseResult parse, DateOnly? today = null) => Build(parse.GetValue(Provider), parse.GetValue(Connection), today);

    /// <param name="today">The day the command works as of (the demo's, like the web app's <c>Demo:Today</c>); null: today.</param>
    public static ServiceProvider Build(string? providerName, string? connectionString, DateOnly? today = null)
    {
        var provider = providerName ?? Environment.GetEnvironmentVariable("Database__Provider");
        var connection = connectionString ?? Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? $"Data Source={DefaultSqlitePath()}";
        var keys = new CprKeyOptions
        {
            LookupKey = Environment.GetEnvironmentVariable("Cpr__LookupKey") ?? DemoKeys.LookupKey,
            EncryptionKey = Environment.GetEnvironmentVariable("Cpr__EncryptionKey") ?? DemoKeys.EncryptionKey,
        };
        var services = new ServiceCollection()
            .AddVc2(DatabaseSettings.From(provider, connection, Directory.GetCurrentDirectory()), keys)
            .AddVc2Demo();
        if (today is { } day)
        {
            services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(TimeProvider.System, day));
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Why a command that matches CPR numbers must not run: the CPR keys are not set and demo mode is off (with
    /// the demo keys no real citizen is ever found). Null when it may run.</summary>
    public static string? MissingKeys()
    {
        var keys = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Cpr__LookupKey"))
                   && !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Cpr__EncryptionKey"));
        var demo = string.Equals(Environment.GetEnvironmentVariable("Demo__Enabled"), "true", StringComparison.OrdinalIgnoreCase);
        return keys || demo ? null
            : "CPR-nøglerne er ikke sat: uden Cpr__LookupKey og Cpr__EncryptionKey (de samme som webappens) kan ingen borger i filen findes. Sæt dem, eller Demo__Enabled=true for demodatabasen.";
    }

    public static AsyncServiceScope SystemScope(ServiceProvider services, string commandName)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem("vc2 " + commandName);
        return scope;
    }

    // The web app's default database when run from the repository root or from src/Vc2.Web.
    private static string DefaultSqlitePath()
    {
        var fromRoot = Path.Combine("src", "Vc2.Web", "data", "vc2.db");
        return Directory.Exists(Path.Combine("src", "Vc2.Web")) ? fromRoot : Path.Combine("data", "vc2.db");
    }
}
