using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Vc2.Tests.Infrastructure;

/// <summary>
/// A real HTTP SMS gateway in the test process (Kestrel on a free port of 127.0.0.1), in the shape of the Danish
/// gateways: it takes a JSON POST of recipient, sender and text with a bearer key, keeps it, and answers
/// <c>{"status": "queued", "id": "…"}</c> — or the status code it is told to answer with.
/// </summary>
public sealed class TestSmsGateway : IAsyncDisposable
{
    public const string ApiKey = "test-sms-key";

    private readonly ConcurrentQueue<Received> _received = new();
    private WebApplication? _app;

    public sealed record Received(string Recipient, string Sender, string Text, string? Authorization);

    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<Received> Messages => [.. _received];

    /// <summary>The status code the next requests get (200 by default).</summary>
    public int Answer { get; set; } = 200;

    public Dictionary<string, string?> Settings(string prefix = "Sms:") => new()
    {
        [prefix + "Endpoint"] = Endpoint,
        [prefix + "ApiKey"] = ApiKey,
        [prefix + "Sender"] = "Jobcenter",
    };

    public static async Task<TestSmsGateway> StartAsync()
    {
        var gateway = new TestSmsGateway();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        gateway._app = builder.Build();
        gateway._app.MapPost("/sms", async (HttpContext context) =>
        {
            using var json = await JsonDocument.ParseAsync(context.Request.Body);
            var root = json.RootElement;
            if (gateway.Answer is >= 200 and < 300)
            {
                gateway._received.Enqueue(new Received(root.GetProperty("recipient").GetString()!, root.GetProperty("sender").GetString()!,
                    root.GetProperty("text").GetString()!, context.Request.Headers.Authorization.ToString()));
                return Results.Json(new { status = "queued", id = $"sms-{gateway._received.Count}" }, statusCode: gateway.Answer);
            }

            return Results.Json(new { status = "error", message = "afvist af testgatewayen" }, statusCode: gateway.Answer);
        });
        await gateway._app.StartAsync();
        gateway.Endpoint = gateway._app.Urls.Single().TrimEnd('/') + "/sms";
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
