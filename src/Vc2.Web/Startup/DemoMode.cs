namespace Vc2.Web.Startup;

/// <summary>Demo mode offers the demo login page and fills a new SQLite database with demo data. It is on in the
/// Development environment (the README's run command) and off elsewhere, unless <c>Demo:Enabled</c> says otherwise.</summary>
public sealed record DemoMode(bool Enabled, bool SeedOnEmptyDatabase, DateOnly? Today)
{
    public static DemoMode From(IConfiguration config, IHostEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(env);
        var enabled = config.GetValue<bool?>("Demo:Enabled") ?? env.IsDevelopment();
        var today = enabled && DateOnly.TryParse(config["Demo:Today"], System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : (DateOnly?)null;
        return new DemoMode(enabled, config.GetValue("Demo:SeedOnEmptyDatabase", true), today);
    }
}
