using System.Globalization;

namespace Vc2.Web.Pages;

/// <summary>Danish formats for dates, times and amounts in the pages.</summary>
public static class Format
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Danish);

    public static string ShortDate(DateOnly date) => date.ToString("dd-MM-yyyy", Danish);

    /// <summary>A UTC time shown in Danish local time.</summary>
    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Copenhagen).ToString("dd-MM-yyyy 'kl.' HH:mm:ss", Danish);

    public static string Kroner(decimal amount) => amount.ToString("#,##0.00", Danish) + " kr.";

    public static string Number(int n) => n.ToString("#,##0", Danish);
}
