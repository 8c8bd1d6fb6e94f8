using System.Globalization;

namespace Vc2.CaseWork.Progress;

/// <summary>How a link's last moment is written — in the message, on the caseworker's page and on the answer page
/// alike, in Danish time, so that what the respondent is told and what the caseworker sees never differ.</summary>
public static class LinkExpiry
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Text(DateTime expiresAtUtc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(expiresAtUtc, DateTimeKind.Utc), Copenhagen)
            .ToString("dd-MM-yyyy 'kl.' HH:mm", CultureInfo.InvariantCulture);
}
