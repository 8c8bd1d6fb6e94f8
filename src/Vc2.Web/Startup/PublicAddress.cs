using Vc2.CaseWork.Progress;

namespace Vc2.Web.Startup;

/// <summary>
/// The address VC2 is reached at (<c>Progress:PublicBaseUrl</c>). Personal links are built from it alone — never from
/// the request's Host header, which a client chooses — so it must be set, and outside Development it must be https
/// (ADR 0018). Where <c>AllowedHosts</c> is left at "*", requests are limited to that host (and localhost, for the
/// health checks on the machine itself).
/// </summary>
public static class PublicAddress
{
    public static void Check(ProgressOptions progress, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(environment);
        if (!Uri.TryCreate(progress.PublicBaseUrl, UriKind.Absolute, out var address) || address.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            throw new InvalidOperationException(
                $"Progress:PublicBaseUrl skal være den adresse, VC2 nås på udefra (fx https://vc2.kommune.dk), ikke '{progress.PublicBaseUrl}'. "
                + "Personlige links i e-mails og sms'er bygges kun ud fra den.");
        }

        if (address.Scheme != "https" && !environment.IsDevelopment() && !address.IsLoopback)
        {
            throw new InvalidOperationException($"Progress:PublicBaseUrl ({progress.PublicBaseUrl}) skal være en https-adresse: linkene er personlige.");
        }
    }

    public static void LimitHosts(IConfiguration config, ProgressOptions progress, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.IsDevelopment() && config["AllowedHosts"] is null or "" or "*")
        {
            config["AllowedHosts"] = $"{new Uri(progress.PublicBaseUrl!).Host};localhost;127.0.0.1;[::1]";
        }
    }
}
