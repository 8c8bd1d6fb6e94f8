using System.Globalization;
using MailKit.Security;
using MimeKit;

namespace Vc2.Platform.Outbox;

/// <summary>How VC2's sender works through the outbox (section <c>Outbox</c>, besides the sealing key).</summary>
public sealed class DeliveryOptions
{
    /// <summary>How many times a message is tried before it is given up (and the caseworker told to call).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failed attempt; it doubles with each further one, up to an hour.</summary>
    public double RetryAfterSeconds { get; set; } = 60;

    /// <summary>How often each instance looks for messages to send.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long a claimed message is an instance's own; a message still being handed over when the lease runs
    /// out is never sent again (see <see cref="OutboxStatus.Sending"/>).</summary>
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>Messages claimed at a time, per channel.</summary>
    public int BatchSize { get; set; } = 20;

    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(10, LeaseSeconds));

    /// <summary>The wait before the next attempt after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan RetryAfter(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, Math.Max(0.05, RetryAfterSeconds) * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20))));
}

/// <summary>How e-mail is sent (section <c>Smtp</c>). Without <see cref="Host"/> no e-mail leaves VC2 (the demo).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    /// <summary>Default: 587 with STARTTLS, 465 with TLS on connect, 25 without.</summary>
    public int? Port { get; set; }

    /// <summary>The sender, e.g. <c>Jobcenter Aarhus &lt;vc2@aarhus.dk&gt;</c>.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary><c>None</c>, <c>StartTls</c> (default) or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "StartTls";

    /// <summary>Seconds to wait for the server before an attempt counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public SecureSocketOptions SocketOptions => Security.Trim().ToUpperInvariant() switch
    {
        "NONE" => SecureSocketOptions.None,
        "SSLONCONNECT" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    public int EffectivePort => Port ?? SocketOptions switch { SecureSocketOptions.None => 25, SecureSocketOptions.SslOnConnect => 465, _ => 587 };

    /// <summary>Settings that cannot work, as Danish start-up errors that name the setting.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Security.Trim().ToUpperInvariant() is not ("NONE" or "STARTTLS" or "SSLONCONNECT"))
        {
            yield return $"Smtp:Security skal være None, StartTls eller SslOnConnect, ikke '{Security}'.";
        }

        if (Port is < 1 or > 65535)
        {
            yield return $"Smtp:Port skal være et portnummer (1–65535), ikke {Port.Value.ToString(CultureInfo.InvariantCulture)}.";
        }

        if (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out _))
        {
            yield return "Smtp:From skal være afsenderens e-mailadresse, fx 'Jobcenter Aarhus <vc2@aarhus.dk>', når Smtp:Host er sat.";
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return "Smtp:Password skal angives, når Smtp:UserName er sat.";
        }
    }
}

/// <summary>How text messages are sent (section <c>Sms</c>): a JSON POST to an HTTP gateway. Without
/// <see cref="Endpoint"/> no text message leaves VC2.</summary>
public sealed class SmsOptions
{
    public string? Endpoint { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender name the recipient sees (at most 11 letters or digits), e.g. <c>Jobcenter</c>.</summary>
    public string? Sender { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || !(uri.Scheme == "https" || (uri.Scheme == "http" && uri.IsLoopback)))
        {
            yield return $"Sms:Endpoint skal være en absolut https-adresse (http kun på samme maskine), ikke '{Endpoint}'.";
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return "Sms:ApiKey skal angives, når Sms:Endpoint er sat.";
        }

        if (string.IsNullOrWhiteSpace(Sender) || Sender.Length > 11 || !Sender.All(char.IsAsciiLetterOrDigit))
        {
            yield return "Sms:Sender skal være afsendernavnet, højst 11 bogstaver (a–z) eller cifre, fx 'Jobcenter'.";
        }
    }
}
