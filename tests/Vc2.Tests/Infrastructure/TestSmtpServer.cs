using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace Vc2.Tests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package, ESMTP with SMTPUTF8) on a free port of 127.0.0.1:
/// it keeps every message it takes, refuses the recipients it is told to with 550, and can be stopped and started on
/// the same port — "down" is then a refused connection, as with a mail server that is not running.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource? _stop;
    private Task? _running;

    /// <summary>A message as the server took it: the envelope's recipients, whether the client asked for SMTPUTF8, and
    /// the message itself.</summary>
    public sealed record Received(IReadOnlyList<string> To, bool Utf8, MimeMessage Message)
    {
        public string Text => Message.TextBody ?? "";

        public string Html => Message.HtmlBody ?? "";
    }

    public TestSmtpServer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public IReadOnlyList<Received> Messages => [.. _received];

    /// <summary>The settings that point VC2 at this server.</summary>
    public Dictionary<string, string?> Settings(string prefix = "Smtp:") => new()
    {
        [prefix + "Host"] = "127.0.0.1",
        [prefix + "Port"] = Port.ToString(CultureInfo.InvariantCulture),
        [prefix + "From"] = "Jobcenter Test <vc2@jobcenter.example.dk>",
        [prefix + "Security"] = "None",
    };

    public void Refuse(string address) => _refused[address] = true;

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = new TestSmtpServer();
        await server.StartListeningAsync();
        return server;
    }

    public async Task StartListeningAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("test-smtp")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(this));
        _stop = new CancellationTokenSource();
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        // Listening once a connection is taken.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("The test SMTP server did not start.");
    }

    public async Task StopListeningAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        (_stop, _running) = (null, null);
    }

    /// <summary>Waits until the server holds at least <paramref name="count"/> messages.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_received.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        return Messages;
    }

    public async ValueTask DisposeAsync() => await StopListeningAsync();

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            server._received.Enqueue(new Received(transaction.To.Select(t => t.AsAddress()).ToList(), transaction.Parameters.ContainsKey("SMTPUTF8"), message));
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }

    private sealed class Filter(TestSmtpServer server) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox @from, CancellationToken token) =>
            Task.FromResult(!server._refused.ContainsKey(to.AsAddress()));
    }
}
