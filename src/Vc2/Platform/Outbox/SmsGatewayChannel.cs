using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vc2.Platform.Outbox;

/// <summary>
/// Text messages through an HTTP gateway (ADR 0027): a JSON POST <c>{"recipient": "4512345678", "sender": "Jobcenter",
/// "text": "…"}</c> with <c>Authorization: Bearer</c> and the API key — the shape of the Danish gateways. 2xx is sent
/// (the gateway's status and id are recorded), 4xx refused, 429 and 5xx tried again; a connection that could not be
/// made is tried again, one that broke during the request may have sent the message and is not.
/// </summary>
public sealed class SmsGatewayChannel(SmsOptions options, HttpMessageHandler? handler = null) : IMessageChannel, IDisposable
{
    private readonly HttpClient _http = new(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: handler is null)
    {
        Timeout = TimeSpan.FromSeconds(Math.Clamp(options.TimeoutSeconds, 1, 300)),
    };

    private static readonly string[] AnswerFields = ["status", "id", "message", "error"];

    public OutboxChannel Channel => OutboxChannel.Sms;

    public void Dispose() => _http.Dispose();

    public Task<IChannelConnection> ConnectAsync(CancellationToken ct) => Task.FromResult<IChannelConnection>(new Connection(this));

    /// <summary>A Danish number as the gateways want it: country code and digits, "4512345678"; null if it is not one.</summary>
    public static string? Msisdn(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var compact = new string(number.Where(c => c is not (' ' or '-' or '.' or '(' or ')')).ToArray());
        var digits = compact.StartsWith('+') ? compact[1..] : compact.StartsWith("00", StringComparison.Ordinal) ? compact[2..] : "45" + compact;
        return digits.All(char.IsAsciiDigit) && digits.Length is >= 10 and <= 15 && (!digits.StartsWith("45", StringComparison.Ordinal) || digits.Length == 10)
            ? digits
            : null;
    }

    private async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (Msisdn(message.To) is not { } recipient)
        {
            return new SendOutcome.Refused($"'{message.To}' er ikke et telefonnummer, der kan sendes sms til.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint)
        {
            Content = JsonContent.Create(new { recipient, sender = options.Sender, text = message.Text }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        try
        {
            using var response = await _http.SendAsync(request, ct);
            var answer = await Answer(response, ct);
            return (int)response.StatusCode switch
            {
                >= 200 and < 300 => new SendOutcome.Sent(answer),
                401 or 403 => new SendOutcome.Deferred($"Sms-gatewayen afviste VC2's nøgle (Sms:ApiKey): {answer}"),
                408 or 429 or >= 500 => new SendOutcome.Deferred($"Sms-gatewayen kunne ikke tage imod beskeden lige nu: {answer}"),
                _ => new SendOutcome.Refused($"Sms-gatewayen afviste beskeden: {answer}"),
            };
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return new SendOutcome.Deferred($"Sms-gatewayen {options.Endpoint} kunne ikke nås ({ex.HttpRequestError}).");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return new SendOutcome.Uncertain($"Forbindelsen til sms-gatewayen brød sammen, mens beskeden blev sendt ({Clip(ex.Message)}).");
        }
    }

    /// <summary>The status code and what the gateway said: its "status" and "id" when the answer is JSON, else the start
    /// of the text.</summary>
    private static async Task<string> Answer(HttpResponseMessage response, CancellationToken ct)
    {
        var code = $"{(int)response.StatusCode} {response.StatusCode}";
        var body = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                var fields = AnswerFields
                    .Select(name => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number ? $"{name}={v}" : null)
                    .Where(f => f is not null);
                return Clip($"{code} {string.Join(' ', fields)}".Trim());
            }
        }
        catch (JsonException)
        {
            // Not JSON: the text itself.
        }

        return Clip($"{code} {new string(body.Where(c => !char.IsControl(c)).Take(200).ToArray())}".Trim());
    }

    private static string Clip(string text) => text.Length <= 250 ? text : text[..250];

    private sealed class Connection(SmsGatewayChannel channel) : IChannelConnection
    {
        public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct) => channel.SendAsync(message, ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
