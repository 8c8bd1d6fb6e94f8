using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Vc2.Platform.Outbox;

/// <summary>
/// E-mail by SMTP with MailKit (ADR 0027): one connection per batch, STARTTLS or TLS as configured, SMTPUTF8 when the
/// server offers it (an address like <c>dorthe@møbelsnedkeriet.dk</c> goes as it is; without SMTPUTF8 an international
/// domain goes as punycode, and an address whose own part is not ASCII is refused with the reason). Every answer of the
/// server becomes an outcome in Danish, with the server's own words.
/// </summary>
public sealed class SmtpChannel(SmtpOptions options) : IMessageChannel
{
    public OutboxChannel Channel => OutboxChannel.Email;

    public async Task<IChannelConnection> ConnectAsync(CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(Math.Clamp(options.TimeoutSeconds, 1, 300)).TotalMilliseconds };
        var where = $"{options.Host}:{options.EffectivePort.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            await client.ConnectAsync(options.Host!, options.EffectivePort, options.SocketOptions, ct);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
            }

            return new Connection(client, options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            client.Dispose();
            throw new ChannelUnavailableException(ConnectFailure(ex, where), ex);
        }
    }

    private string ConnectFailure(Exception ex, string where) => ex switch
    {
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => $"Mailserveren {where} afviste forbindelsen (den kører ikke, eller porten er forkert).",
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData } => $"Mailserveren {options.Host} findes ikke (navnet kan ikke slås op).",
        SocketException s => $"Mailserveren {where} kunne ikke nås ({s.SocketErrorCode}).",
        TimeoutException or OperationCanceledException => $"Mailserveren {where} svarede ikke inden for {options.TimeoutSeconds} sekunder.",
        SslHandshakeException => $"Der kunne ikke oprettes en krypteret forbindelse til mailserveren {where}: {ex.Message}",
        AuthenticationException => $"Mailserveren {where} afviste brugernavn eller adgangskode (Smtp:UserName og Smtp:Password).",
        NotSupportedException when options.SocketOptions == SecureSocketOptions.StartTls => $"Mailserveren {where} tilbyder ikke STARTTLS. Sæt Smtp:Security, så det passer til serveren.",
        SmtpCommandException c => $"Mailserveren {where} tog ikke imod VC2: {(int)c.StatusCode} {c.Message}",
        _ => $"Mailserveren {where} kunne ikke bruges: {ex.Message}",
    };

    private sealed class Connection(SmtpClient client, SmtpOptions options) : IChannelConnection
    {
        public async Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct)
        {
            if (!client.IsConnected)
            {
                return new SendOutcome.Deferred("Forbindelsen til mailserveren blev afbrudt før beskeden; den sendes igen senere.");
            }

            if (!MailboxAddress.TryParse(message.To, out var to) || to.Address.Length == 0 || !to.Address.Contains('@', StringComparison.Ordinal))
            {
                return new SendOutcome.Refused($"'{message.To}' er ikke en gyldig e-mailadresse.");
            }

            var local = to.Address[..to.Address.LastIndexOf('@')];
            if (!local.All(char.IsAscii) && !client.Capabilities.HasFlag(SmtpCapabilities.UTF8))
            {
                return new SendOutcome.Refused($"Adressen {message.To} har bogstaver uden for ASCII før @, og mailserveren kan ikke SMTPUTF8.");
            }

            try
            {
                var answer = await client.SendAsync(MailText.Compose(message, to, MailboxAddress.Parse(options.From!)), ct);
                return new SendOutcome.Sent(Clip("250 " + answer));
            }
            catch (SmtpCommandException c)
            {
                // The server said no in words: nothing was taken. 4xx may pass; 5xx will not.
                var said = $"{(int)c.StatusCode} {Clip(c.Message)}";
                return (int)c.StatusCode is >= 400 and < 500
                    ? new SendOutcome.Deferred($"Mailserveren kunne ikke tage imod beskeden lige nu: {said}")
                    : new SendOutcome.Refused($"Mailserveren afviste {(c.ErrorCode == SmtpErrorCode.RecipientNotAccepted ? "modtageren" : "beskeden")}: {said}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                return new SendOutcome.Uncertain($"Forbindelsen til mailserveren brød sammen, mens beskeden blev sendt ({Clip(ex.Message)}).");
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or TimeoutException or ProtocolException)
            {
                // The messages are recorded already; a goodbye that fails changes nothing.
            }

            client.Dispose();
        }

        private static string Clip(string text) => text.Length <= 250 ? text : text[..250];
    }
}
