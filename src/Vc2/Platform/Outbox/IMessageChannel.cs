namespace Vc2.Platform.Outbox;

/// <summary>A message as it leaves VC2: the full text, with the live link, opened from the seal just before sending.</summary>
/// <param name="Id">The outbox row's id; the e-mail's Message-ID is made from it, so a receiving server can tell a copy.</param>
public sealed record OutgoingMessage(Guid Id, string To, string? Subject, string Text);

/// <summary>What became of one message handed to a channel. The text is Danish and shown to the caseworker.</summary>
public abstract record SendOutcome(string Text)
{
    /// <summary>Taken by the server; <see cref="SendOutcome.Text"/> is its answer.</summary>
    public sealed record Sent(string Receipt) : SendOutcome(Receipt);

    /// <summary>Not taken, but it may be later (the server is busy or down): tried again after a while.</summary>
    public sealed record Deferred(string Reason) : SendOutcome(Reason);

    /// <summary>Not taken and never will be (the recipient does not exist, the address is refused).</summary>
    public sealed record Refused(string Reason) : SendOutcome(Reason);

    /// <summary>The connection broke while the message was being handed over: it may have gone out. Never sent again.</summary>
    public sealed record Uncertain(string Reason) : SendOutcome(Reason);
}

/// <summary>The server is not there or will not let VC2 in; nothing was handed over, so every message waits.</summary>
public sealed class ChannelUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>E-mail by SMTP or text messages through an HTTP gateway (ADR 0027).</summary>
public interface IMessageChannel
{
    OutboxChannel Channel { get; }

    /// <summary>Connects (and logs in) once for a batch.</summary>
    /// <exception cref="ChannelUnavailableException">The server cannot be reached or refuses VC2.</exception>
    Task<IChannelConnection> ConnectAsync(CancellationToken ct);
}

public interface IChannelConnection : IAsyncDisposable
{
    /// <summary>Hands one message over. Every failure is an outcome, not an exception, so that the sender records it.</summary>
    Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken ct);
}
