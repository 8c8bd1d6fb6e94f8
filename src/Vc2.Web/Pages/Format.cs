using System.Globalization;

namespace Vc2.Web.Pages;

/// <summary>Danish formats for dates, times and amounts in the pages.</summary>
public static class Format
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Date(DateOnly date) => Vc2.Platform.Common.DanishDates.Text(date);

    public static string ShortDate(DateOnly date) => Vc2.Platform.Common.DanishDates.TableDate(date);

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

    /// <summary>A register week: "uge 24, 2015" (never the ISO "2015-W24").</summary>
    public static string Week(Vc2.Rules.IsoWeek week) => Vc2.Rules.Engine.Danish.Week(week);

    /// <summary>A week by its ordinal (weeks since year 1), as the import log stores them.</summary>
    public static string WeekOfOrdinal(int ordinal) => Week(Vc2.Rules.IsoWeek.FromOrdinal(ordinal));

    /// <summary>The engine's month "2015-02" as "februar 2015".</summary>
    public static string Month(string yyyyMm) => Vc2.Platform.Common.DanishDates.Month(yyyyMm);

    /// <summary>A target-group check's stored evidence ("2012-W09:kontanthjaelp" a line) as people read it: "uge 9, 2012:
    /// Kontanthjælp". A line in another shape is shown as it is.</summary>
    public static string Evidence(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var categories = Enum.GetValues<Vc2.Rules.Model.BenefitCategory>()
            .ToDictionary(c => Vc2.Rules.Json.JsonNames.Of(c), Vc2.Money.Registers.BenefitCategoryNames.Danish, StringComparer.Ordinal);
        return string.Join('\n', evidence.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? line
                : $"{Vc2.Platform.Common.DanishDates.Week(line[..colon])}: {categories.GetValueOrDefault(line[(colon + 1)..].Trim(), line[(colon + 1)..])}";
        }));
    }

    public static string Kroner(decimal amount) => amount.ToString("#,##0.00", Danish) + " kr.";

    /// <summary>A share (0–1) as a whole percent; a dash when there is nothing to share.</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0", Danish) + " %" : "–";

    public static string Number(int n) => n.ToString("#,##0", Danish);

    /// <summary>Hours (a week's, an answer's) with at most two decimals; a dash when none.</summary>
    public static string Hours(decimal? hours) => hours?.ToString("0.##", Danish) ?? "–";
}
