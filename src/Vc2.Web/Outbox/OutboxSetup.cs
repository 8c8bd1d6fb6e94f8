using Vc2.Platform.Outbox;

namespace Vc2.Web.Outbox;

public static class OutboxSetup
{
    /// <summary>The sender's settings and channels; a setting that cannot work stops the start with its name.</summary>
    public static void AddVc2OutboxSender(this IServiceCollection services, IConfiguration config)
    {
        var delivery = config.GetSection("Outbox").Get<DeliveryOptions>() ?? new DeliveryOptions();
        var smtp = config.GetSection("Smtp").Get<SmtpOptions>() ?? new SmtpOptions();
        var sms = config.GetSection("Sms").Get<SmsOptions>() ?? new SmsOptions();
        if (smtp.Problems().Concat(sms.Problems()).ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        services.AddSingleton(delivery);
        if (smtp.Enabled)
        {
            services.AddSingleton<IMessageChannel>(new SmtpChannel(smtp));
        }

        if (sms.Enabled)
        {
            services.AddSingleton<IMessageChannel>(new SmsGatewayChannel(sms));
        }

        if (smtp.Enabled || sms.Enabled)
        {
            services.AddHostedService<OutboxSender>();
        }
    }
}
