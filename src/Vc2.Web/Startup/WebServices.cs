using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Vc2.Composition;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Login;
using Vc2.Platform.Security;
using Vc2.Web.Auth;

namespace Vc2.Web.Startup;

/// <summary>The web app's services. A setting that cannot work throws <see cref="InvalidOperationException"/> with a
/// Danish message that names it; Program turns that into exit code 1.</summary>
public static class WebServices
{
    public sealed record Configured(DemoMode Demo, DatabaseSettings Database, BootstrapOptions Bootstrap);

    public static Configured AddVc2Web(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var config = builder.Configuration;
        var demo = DemoMode.From(config, builder.Environment);
        var database = DatabaseSettings.From(config["Database:Provider"], config.GetConnectionString("Default"), builder.Environment.ContentRootPath);
        var oidc = config.GetSection("Oidc").Get<OidcSettings>() ?? new OidcSettings();

        if (builder.Environment.IsProduction() && !oidc.Enabled && !demo.Enabled)
        {
            throw new InvalidOperationException("Oidc:Authority er ikke sat: uden den kan ingen logge ind. Angiv Oidc:Authority og Oidc:ClientId "
                                                + "(og Oidc:ClientSecret) for identitetsudbyderen, eller Demo:Enabled=true for en demo.");
        }

        var progress = config.GetSection("Progress").Get<Vc2.CaseWork.Progress.ProgressOptions>() ?? new Vc2.CaseWork.Progress.ProgressOptions();
        PublicAddress.Check(progress, builder.Environment);
        PublicAddress.LimitHosts(config, progress, builder.Environment);
        // Built here, so that a missing or broken key stops the start with its name (like the CPR keys).
        builder.Services.AddSingleton(new Vc2.Platform.Outbox.OutboxSeal(config.GetSection("Outbox").Get<Vc2.Platform.Outbox.OutboxOptions>() ?? new()));
        builder.Services.AddSingleton(demo);
        builder.Services.AddSingleton(oidc);
        var bootstrap = new BootstrapOptions { AgencyAdmins = Settings.List(config, "Bootstrap:AgencyAdmins") };
        builder.Services.AddSingleton(bootstrap);
        builder.Services.AddVc2(database, config.GetSection("Cpr").Get<CprKeyOptions>() ?? new CprKeyOptions(),
            config.GetSection("CaseWork").Get<Vc2.CaseWork.FollowUps.CaseWorkOptions>(), config.GetSection("Registers").Get<Vc2.Money.Registers.RegisterOptions>(),
            progress, config.GetSection("Programme").Get<Vc2.Steering.Organisation.ProgrammeOptions>());
        if (demo.Enabled)
        {
            Vc2.Demo.DemoStartup.AddVc2Demo(builder.Services);
        }

        if (demo.Today is { } demoToday)
        {
            builder.Services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(TimeProvider.System, demoToday));
        }

        // Keys in the database: every instance behind a load balancer reads the same login and antiforgery cookies.
        builder.Services.AddDataProtection().SetApplicationName("VC2").PersistKeysToDbContext<Vc2Db>();
        builder.Services.AddVc2Authentication(oidc);
        AddPagesAndApi(builder.Services);
        AddLimitsAndWorkers(builder.Services, config);

        return new Configured(demo, database, bootstrap);
    }

    /// <summary>Razor Pages with their anonymous pages and routes, and the API's JSON, errors and document.</summary>
    private static void AddPagesAndApi(IServiceCollection services)
    {
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "vc2.af";
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/StatusCode");
            o.Conventions.AllowAnonymousToPage("/Notices/Privacy");
            o.Conventions.AllowAnonymousToPage("/Notices/Accessibility");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            // One page creates and edits a company; creating has no id.
            o.Conventions.AddPageRoute("/Companies/Edit", "virksomheder/ny");
            o.Conventions.AllowAnonymousToPage("/Progress/Answer");
            o.Conventions.AllowAnonymousToPage("/Progress/Thanks");
            o.Conventions.AllowAnonymousToPage("/Parties/Link");
        }).AddMvcOptions(o => Vc2.Web.Pages.BindingMessages.UseDanish(o.ModelBindingMessageProvider));
        services.AddProblemDetails();
        // The API speaks enum names ("Ressourceforloeb"), not numbers, both ways: a number, even a defined one, is refused
        // (an undefined one stored once broke every page that showed it). Unknown fields are refused too, so that a
        // client's misspelt field is not silently dropped. Whatever cannot be read is 400 with a Danish message (ApiErrors).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new Vc2.Web.Api.StrictEnums());
            o.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
            // A number is a JSON number: "12" is refused, so the document types numbers as numbers for generated clients.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<Vc2.Web.Api.ApiErrors>();
        // Danish letters are written as they are, not as &#xE5; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi("v1", Vc2.Web.Api.ApiDocument.Configure);
    }

    private static void AddLimitsAndWorkers(IServiceCollection services, ConfigurationManager config)
    {
        services.AddVc2RateLimits(config.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions());
        services.AddHostedService<Vc2.Web.Registers.RegisterImportWorker>();
        services.AddHostedService<Vc2.Web.Steering.FiguresWorker>();
        Vc2.Web.Outbox.OutboxSetup.AddVc2OutboxSender(services, config);
        services.AddVc2Operations(config);
    }
}
