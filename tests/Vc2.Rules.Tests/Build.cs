using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Tests;

/// <summary>Short ways to write the rows of the rule tables.</summary>
internal static class Build
{
    public static readonly DateOnly AsOf = new(2016, 6, 30);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static IsoWeek W(string iso) => IsoWeek.TryParse(iso, out var w) ? w : throw new ArgumentException(iso);

    public static Placement P(string start, string? end) => new(D(start), end is null ? null : D(end));

    public static CitizenInput Citizen(IEnumerable<Placement> placements, IEnumerable<RegisterWeek>? weeks = null, IEnumerable<DateOnly>? educationStarts = null) =>
        new("A", placements.ToList(), (educationStarts ?? []).ToList(), (weeks ?? []).ToList());

    /// <summary>Consecutive register weeks from <paramref name="first"/>, one per value given.</summary>
    public static IEnumerable<RegisterWeek> Weeks(string first, BenefitCategory benefit, params decimal[] hours) =>
        hours.Select((h, i) => new RegisterWeek(W(first).AddWeeks(i), benefit, h));

    public static CitizenStatement Settle(CitizenInput citizen, DateOnly? asOf = null, IsoWeek? coverage = null)
    {
        var date = asOf ?? AsOf;
        return new GrantEngine().SettleCitizen(citizen, date, coverage ?? IsoWeek.Of(date));
    }

    public static JobCentreStatement SettleCentre(int expectedParticipants, decimal aconto, params CitizenInput[] citizens) =>
        new GrantEngine().SettleJobCentre(new JobCentreInput("101", null, expectedParticipants, aconto, citizens), AsOf, IsoWeek.Of(AsOf));
}
