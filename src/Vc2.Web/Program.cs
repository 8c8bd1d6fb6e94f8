using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Vc2.Composition;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Platform.Users;
using Vc2.Web.Api;
using Vc2.Web.Auth;
using Vc2.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

var demo = DemoMode.From(config, builder.Environment);
var database = DatabaseSettings.From(config["Database:Provider"], config.GetConnectionString("Default"), builder.Environment.ContentRootPath);
var oidc = config.GetSection("Oidc").Get<OidcSettings>() ?? new OidcSettings();

builder.Services.AddSingleton(demo);
builder.Services.AddSingleton(oidc);
builder.Services.AddVc2(database, config.GetSection("Cpr").Get<CprKeyOptions>() ?? new CprKeyOptions(),
    config.GetSection("CaseWork").Get<Vc2.CaseWork.FollowUps.CaseWorkOptions>(), config.GetSection("Registers").Get<Vc2.Money.Registers.RegisterOptions>(),
    config.GetSection("Progress").Get<Vc2.CaseWork.Progress.ProgressOptions>(), config.GetSection("Programme").Get<Vc2.Steering.Organisation.ProgrammeOptions>());
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
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "vc2.af";
    o.HeaderName = "X-CSRF-TOKEN";
});
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AllowAnonymousToPage("/Index");
    o.Conventions.AllowAnonymousToPage("/Error");
    o.Conventions.AllowAnonymousToPage("/StatusCode");
    o.Conventions.AllowAnonymousToPage("/Account/Login");
    o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
    // One page creates and edits a company; creating has no id.
    o.Conventions.AddPageRoute("/Companies/Edit", "virksomheder/ny");
    o.Conventions.AllowAnonymousToPage("/Progress/Answer");
    o.Conventions.AllowAnonymousToPage("/Progress/Thanks");
}).AddMvcOptions(o => Vc2.Web.Pages.BindingMessages.UseDanish(o.ModelBindingMessageProvider));
builder.Services.AddProblemDetails();
// The API speaks enum names ("Ressourceforloeb"), not numbers, both ways.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
// Danish letters are written as they are, not as &#xE5; entities.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Info.Title = "VC2 API";
    doc.Info.Description = "Virksomhedscenter generation 2. Samme adgangsregler som web-siderne: log ind, og du ser kun dit eget jobcenters data.";
    return Task.CompletedTask;
}));
builder.Services.AddSingleton<Vc2.Web.Registers.RegisterUploads>();
builder.Services.AddHostedService<Vc2.Web.Registers.RegisterImportWorker>();
builder.Services.AddHealthChecks().AddDbContextCheck<Vc2Db>("database");

var app = builder.Build();

await DatabaseStartup.MigrateAsync(app.Services);
if (demo.Enabled && demo.SeedOnEmptyDatabase && database.Provider == DatabaseProvider.Sqlite)
{
    await Vc2.Demo.DemoStartup.SeedIfEmptyAsync(app.Services);
}

var danish = new CultureInfo("da-DK");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(danish),
    SupportedCultures = [danish],
    SupportedUICultures = [danish],
});

// The API answers errors as ProblemDetails; pages show the Danish error pages.
static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api");
app.UseWhen(IsApi, b => b.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(ctx => !IsApi(ctx), b => b.UseExceptionHandler("/fejl").UseStatusCodePagesWithReExecute("/fejl/{0}"));

app.Use(async (ctx, next) =>
{
    ctx.Response.Headers.XContentTypeOptions = "nosniff";
    ctx.Response.Headers.XFrameOptions = "DENY";
    ctx.Response.Headers["Referrer-Policy"] = "same-origin";
    await next();
});
app.UseStaticFiles();
// The API documentation is public, like the OpenAPI document it shows; the data behind the API is not.
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "api/docs";
    o.SwaggerEndpoint("/openapi/v1.json", "VC2 API v1");
    o.DocumentTitle = "VC2 API";
});
app.UseRouting();
app.UseAuthentication();
app.Use(async (ctx, next) =>
{
    // The audit log names the page or endpoint by its route pattern, so that no value from the URL is logged.
    var endpoint = ctx.GetEndpoint() as RouteEndpoint;
    ctx.RequestServices.GetRequiredService<CurrentUser>().Source =
        endpoint is null ? "ukendt" : $"{ctx.Request.Method} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";
    await next();
});
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapVc2Api();
app.MapCaseWorkApi();
app.MapProgressApi();
app.MapPaymentsApi();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
