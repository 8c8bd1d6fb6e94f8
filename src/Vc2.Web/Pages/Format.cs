using System.Globalization;

namespace Vc2.Web.Pages;

/// <summary>Danish formats for dates, times and amounts in the pages.</summary>
public static class Format
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Danish);

    public static string ShortDate(DateOnly date) => date.ToString("dd-MM-yyyy", Danish);

    /// <summary>A UTC time shown in Danish local time.</summary>
    public static string Time(DateTime utc) =>
        Vc2.Platform.Common.Today.Local(utc).ToString("dd-MM-yyyy 'kl.' HH:mm:ss", Danish);

    /// <summary>When figures were computed, in Danish time: "beregnet 15. juni 2015 kl. 10.12".</summary>
    public static string Computed(DateTime? utc) => utc is { } at ? "beregnet " + DateAndTime(at) : "endnu ikke beregnet";

    /// <summary>A UTC time in Danish time as text: "15. juni 2015 kl. 10.12".</summary>
    public static string DateAndTime(DateTime utc)
    {
        var local = Vc2.Platform.Common.Today.Local(utc);
        return $"{Date(DateOnly.FromDateTime(local))} kl. {local.ToString("HH.mm", Danish)}";
    }

    public static string Kroner(decimal amount) => amount.ToString("#,##0.00", Danish) + " kr.";

    /// <summary>A share (0–1) as a whole percent; a dash when there is nothing to share.</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0", Danish) + " %" : "–";

    public static string Number(int n) => n.ToString("#,##0", Danish);

    /// <summary>Hours (a week's, an answer's) with at most two decimals; a dash when none.</summary>
    public static string Hours(decimal? hours) => hours?.ToString("0.##", Danish) ?? "–";
}
