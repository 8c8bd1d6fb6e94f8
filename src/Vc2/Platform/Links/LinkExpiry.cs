using System.Globalization;
using Vc2.Platform.Common;

namespace Vc2.Platform.Links;

/// <summary>How a link's last moment is written — in the message, on the caseworker's page and on the answer page
/// alike, in Danish time, so that what the respondent is told and what the caseworker sees never differ.</summary>
public static class LinkExpiry
{
    public static string Text(DateTime expiresAtUtc) => Today.Local(expiresAtUtc).ToString("dd-MM-yyyy 'kl.' HH:mm", CultureInfo.InvariantCulture);
}
