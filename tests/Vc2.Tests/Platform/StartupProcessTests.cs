using System.Net;
using System.Net.Sockets;
using Npgsql;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>VC2 started as an operator starts it, as a process: what it says and which exit code it gives when the
/// database is down, a setting cannot work, or nobody could set the programme up.</summary>
public sealed class StartupProcessTests
{
    private static Dictionary<string, string?> Production(string connection, string provider = "Sqlite") => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = provider,
        ["ConnectionStrings__Default"] = connection,
        ["Cpr__LookupKey"] = TestApp.LookupKey,
        ["Cpr__EncryptionKey"] = TestApp.EncryptionKey,
        ["Outbox__SealingKey"] = TestApp.OutboxKey,
        ["Progress__PublicBaseUrl"] = TestApp.PublicBaseUrl,
        ["Bootstrap__AgencyAdmins"] = "admin@styrelsen.example",
        ["Oidc__Authority"] = "https://login.example.invalid/", // read at the first login, not at start
        ["Oidc__ClientId"] = "vc2",
    };

    private static string TempSqlite() => $"Data Source={Path.Combine(Path.GetTempPath(), $"vc2-process-{Guid.NewGuid():N}.db")}";

    [Fact]
    public async Task With_the_database_down_it_logs_each_try_and_exits_1_after_the_configured_time()
    {
        // The port is held bound but not listening for the whole test, so connections are refused: a port only looked up
        // as free could be handed out again, to the web process's own listener, which would answer the database's
        // connection with HTTP — a failure that is rightly not retried.
        using var down = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        down.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var settings = Production($"Host=127.0.0.1;Port={((IPEndPoint)down.LocalEndPoint!).Port};Username=vc2;Database=vc2;Timeout=2", "Postgres");
        // The limit counts from the first try, which also builds the EF model: in three full CI runs on two cores the
        // process gave up after a first try it never logged as failed, most likely because that try alone came near
        // the 15 s the test allowed then. 30 s leaves room for the two tries the test asks for.
        settings["Database__StartupTimeoutSeconds"] = "30";
        await using var vc2 = WebProcess.Start(settings);
        Assert.Equal(1, await vc2.ExitAsync(TimeSpan.FromSeconds(90)));
        Assert.Contains("Databasen svarer ikke (forsøg 1)", vc2.Output, StringComparison.Ordinal);
        Assert.Contains("Databasen svarer ikke (forsøg 2)", vc2.Output, StringComparison.Ordinal);
        Assert.Contains("Database:StartupTimeoutSeconds", vc2.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", vc2.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_comes_up_while_it_waits_lets_it_start()
    {
        var admin = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip("Needs PostgreSQL (VC2_TEST_POSTGRES); ./test.sh and CI set it.");
        }

        await using var database = await TestDatabase.CreateAsync(Vc2.Platform.Data.DatabaseProvider.Postgres);
        var real = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString);
        var port = WebProcess.FreePort();
        var late = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { Host = "127.0.0.1", Port = port, Timeout = 2 };
        var settings = Production(late.ConnectionString, "Postgres");
        settings["Database__StartupTimeoutSeconds"] = "90";
        await using var vc2 = WebProcess.Start(settings);

        // VC2 tries and waits (on a busy machine the first try may take a while to come).
        for (var waited = 0; !vc2.Output.Contains("Databasen svarer ikke (forsøg 1)", StringComparison.Ordinal) && waited < 60_000; waited += 200)
        {
            await Task.Delay(200);
        }

        Assert.False(vc2.HasExited, vc2.Output);
        using var forwarder = TcpForwarder.Start(port, real.Host!, real.Port);
        Assert.True(await vc2.ReadyAsync(TimeSpan.FromSeconds(60)), vc2.Output);
        Assert.Contains("Databasen svarer ikke (forsøg 1)", vc2.Output, StringComparison.Ordinal);
        Assert.Contains("Databasen svarer (forsøg", vc2.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_the_database_refuses_is_one_Danish_line_and_exit_1_without_a_stack_trace()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Assert.Skip("Needs PostgreSQL (VC2_TEST_POSTGRES); ./test.sh and CI set it.");
        }

        // The test cluster trusts local connections, so it checks no password; a user it does not know it refuses all
        // the same (28000), as a server refuses a wrong password (28P01).
        await using var database = await TestDatabase.CreateAsync(Vc2.Platform.Data.DatabaseProvider.Postgres);
        var wrongUser = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { Username = "vc2_nobody", Password = "forkert" };
        await using var refused = WebProcess.Start(Production(wrongUser.ConnectionString, "Postgres"));
        Assert.Equal(1, await refused.ExitAsync(TimeSpan.FromSeconds(90)));
        Assert.Contains("Databasen afviste brugeren: forkert brugernavn eller adgangskode i ConnectionStrings:Default", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_without_an_agency_user_or_a_first_administrator_it_refuses_to_start()
    {
        var settings = Production(TempSqlite());
        settings["Bootstrap__AgencyAdmins"] = "";
        await using var refused = WebProcess.Start(settings);
        Assert.Equal(1, await refused.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Bootstrap:AgencyAdmins", refused.Output, StringComparison.Ordinal);

        await using var started = WebProcess.Start(Production(TempSqlite()));
        Assert.True(await started.ReadyAsync(TimeSpan.FromSeconds(60)), started.Output);
        Assert.Contains("\"Timestamp\":\"", started.Output, StringComparison.Ordinal); // JSON log lines outside Development
        Assert.Matches("\"Timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"", started.Output);
    }

    [Fact]
    public async Task An_http_authority_without_the_setting_no_login_at_all_or_a_missing_key_is_a_start_up_error_that_names_it()
    {
        var settings = Production(TempSqlite());
        settings["Oidc__Authority"] = "http://127.0.0.1:1/";
        settings["Oidc__ClientId"] = "vc2";
        await using var refused = WebProcess.Start(settings);
        Assert.Equal(1, await refused.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Oidc:RequireHttpsMetadata", refused.Output, StringComparison.Ordinal);
        Assert.Contains("VC2 starter ikke", refused.Output, StringComparison.Ordinal);

        settings.Remove("Oidc__Authority");
        await using var noLogin = WebProcess.Start(settings);
        Assert.Equal(1, await noLogin.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Oidc:Authority er ikke sat: uden den kan ingen logge ind", noLogin.Output, StringComparison.Ordinal);

        settings.Remove("Cpr__LookupKey");
        settings["Oidc__Authority"] = "https://login.example.invalid/";
        await using var noKeys = WebProcess.Start(settings);
        Assert.Equal(1, await noKeys.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Cpr:LookupKey", noKeys.Output, StringComparison.Ordinal);

        // Personal links: only from the configured public address, https outside Development, sealed with the gateway's key.
        settings["Cpr__LookupKey"] = TestApp.LookupKey;
        settings["Progress__PublicBaseUrl"] = "http://vc2.example.dk";
        await using var plainLinks = WebProcess.Start(settings);
        Assert.Equal(1, await plainLinks.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Progress:PublicBaseUrl (http://vc2.example.dk) skal være en https-adresse", plainLinks.Output, StringComparison.Ordinal);

        settings.Remove("Progress__PublicBaseUrl");
        await using var noAddress = WebProcess.Start(settings);
        Assert.Equal(1, await noAddress.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Progress:PublicBaseUrl skal være den adresse, VC2 nås på udefra", noAddress.Output, StringComparison.Ordinal);

        settings["Progress__PublicBaseUrl"] = TestApp.PublicBaseUrl;
        settings.Remove("Outbox__SealingKey");
        await using var noSeal = WebProcess.Start(settings);
        Assert.Equal(1, await noSeal.ExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Outbox:SealingKey", noSeal.Output, StringComparison.Ordinal);
    }
}

/// <summary>Forwards TCP connections from a local port to another host and port: a database that "comes up" later.</summary>
internal sealed class TcpForwarder : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();

    private TcpForwarder(TcpListener listener) => _listener = listener;

    public static TcpForwarder Start(int port, string host, int targetPort)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        var forwarder = new TcpForwarder(listener);
        _ = forwarder.AcceptAsync(host, targetPort);
        return forwarder;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync(string host, int port)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = PipeAsync(client, host, port);
        }
    }

    private async Task PipeAsync(TcpClient client, string host, int port)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(host, port, _stop.Token);
                var a = client.GetStream();
                var b = server.GetStream();
                await Task.WhenAny(a.CopyToAsync(b, _stop.Token), b.CopyToAsync(a, _stop.Token));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // a closed connection ends its pipe
            }
        }
    }
}
