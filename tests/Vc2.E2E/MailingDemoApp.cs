using Vc2.Tests.Infrastructure;

namespace Vc2.E2E;

/// <summary>The demo as the README starts it, with a mail server set (<c>Smtp__Host</c>, <c>Smtp__Port</c>,
/// <c>Smtp__From</c>): a real SMTP server in the test process takes what VC2 sends.</summary>
public sealed class MailingDemoApp : BrowserApp
{
    public TestSmtpServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => Smtp.Settings();

    public override async ValueTask InitializeAsync()
    {
        await Smtp.StartListeningAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
