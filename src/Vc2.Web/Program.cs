using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Vc2.Platform.Data;
using Vc2.Platform.Users;
using Vc2.Web.Api;
using Vc2.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;
builder.AddVc2Logging();

WebServices.Configured configured;
WebApplication app;
try
{
    configured = builder.AddVc2Web();
    app = builder.Build();
}
catch (InvalidOperationException ex)
{
    // A setting that cannot work (CPR keys, OpenID Connect, database provider): named in the message, exit code 1.
    await Console.Error.WriteLineAsync("VC2 starter ikke: " + ex.Message);
    return 1;
}

var (demo, database, bootstrap) = configured;

var startupLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Vc2.Startup");

// The console logger writes from a queue of its own: the app is disposed before the exit, so that the line saying why
// VC2 stops is written (returning at once lost it now and then on a busy machine).
async Task<int> StopAsync(string reason)
{
    StartupLog.Stopped(startupLog, reason);
    await app.DisposeAsync();
    return 1;
}
try
{
    await DatabaseStartup.MigrateAsync(app.Services, TimeSpan.FromSeconds(config.GetValue("Database:StartupTimeoutSeconds", 60)), startupLog);
}
catch (Exception ex) when (ex is DatabaseUnavailableException or UnknownDatabaseHistoryException)
{
    return await StopAsync(ex.Message);
}

await Vc2.Platform.Security.SharedKeys.EnsureKeyAsync(app.Services);

if (app.Environment.IsProduction() && bootstrap.AgencyAdmins.Count == 0 && !await Vc2.Platform.Users.AgencyUsers.AnyAsync(app.Services))
{
    return await StopAsync("Ingen bruger har styrelsesrollen, og Bootstrap:AgencyAdmins er tom: ingen kan oprette programmet. "
        + "Angiv den første administrators OIDC-subject eller e-mail i Bootstrap:AgencyAdmins.");
}
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

app.UseForwardedHeaders();
app.UseCprInAddressRefusal();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseVc2SecurityHeaders(SecurityHeaders.ContentSecurityPolicy(config["Oidc:Authority"]));
app.UseStaticFiles();
app.UseNoStore(); // after the static files: everything else may hold personal data
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
app.UseRateLimiter();
app.UseAntiforgery();

app.MapVc2Health();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapVc2Api();
app.MapCaseWorkApi();
app.MapProgressApi();
app.MapPaymentsApi();
app.MapProgrammeApi();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
