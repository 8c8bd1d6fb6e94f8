using Vc2.CaseWork.FollowUps;

namespace Vc2.Steering.Holdepunkter;

public enum IndicatorStatus
{
    /// <summary>A figure shown for context, without a target.</summary>
    Info = 0,
    Green = 1,
    Yellow = 2,
    Red = 3,
}

public static class IndicatorNames
{
    public static string Danish(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Green => "Opfyldt",
        IndicatorStatus.Yellow => "Delvist opfyldt",
        IndicatorStatus.Red => "Ikke opfyldt",
        _ => "Til orientering",
    };
}

/// <summary>A record behind an indicator that does not meet it.</summary>
public sealed record DrillItem(string Label, string? Link, string? Why = null);

/// <summary>One measured indicator: its key (for the drill-down), what it measures, the figure, the share when it is one,
/// the status, and the records that pull it down.</summary>
public sealed record Indicator(string Key, string Text, string Value, decimal? Share, IndicatorStatus Status, IReadOnlyList<DrillItem> Problems);

public sealed record HoldepunktRow(int Number, string Title, IReadOnlyList<Indicator> Indicators)
{
    public IndicatorStatus Status => Indicators.Select(i => i.Status).DefaultIfEmpty(IndicatorStatus.Info).Max();
}

/// <summary>
/// The nine holdepunkter of one job centre, each with measured indicators and a status (ADR 0012). Pure: the facts are
/// the input, so every row can be checked by hand. A share meets its target at 90 % (green), is partly met from 70 %
/// (yellow), else not (red); utilisation of contracted places and participants are judged against their own targets.
/// </summary>
public static class HoldepunktIndicators
{
    public static IReadOnlyList<HoldepunktRow> Compute(HoldepunktFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var today = facts.Today;
        var started = facts.Placements.Where(p => p.Start <= today).ToList();
        var running = started.Where(p => p.End is null || p.End >= today).ToList();

        return
        [
            new HoldepunktRow(1, "Kontrakterede pladser i virksomhederne", [Places(facts, running), CourseLength(started, today)]),
            new HoldepunktRow(2, "Virksomhedsmentor", [
                ShareOf("mentor", "Forløb med mentor i hele forløbet", started, p => MentorThroughout(p, today), p => new DrillItem(p.Label, p.Link, "Dage uden mentor")),
            ]),
            new HoldepunktRow(3, "Arbejdsaftale", [
                ShareOf("agreement", "Forløb med en arbejdsaftale accepteret af alle tre", started, p => p.HasAcceptedAgreement, p => new DrillItem(p.Label, p.Link, "Ingen accepteret aftale")),
            ]),
            new HoldepunktRow(4, "Tæt opfølgning og koordinerende sagsbehandler", [
                ShareOf("follow-up", "Igangværende forløb uden forfalden opfølgning", running,
                    p => FollowUpRule.DueDate(p.Start, p.FollowUps.Count == 0 ? null : p.FollowUps.Max(), p.LastNextDate, facts.FollowUpIntervalDays) >= today,
                    p => new DrillItem(p.Label, p.Link, "Opfølgning forfalden")),
                FollowUpFrequency(started, today),
                ShareOf("caseworker", "Borgere med koordinerende sagsbehandler", facts.Citizens, c => c.HasCoordinatingCaseworker, c => new DrillItem(c.Label, c.Link, "Ingen koordinerende sagsbehandler")),
                ShareOf("exit", "Borgere med udslusningsstrategi", facts.Citizens, c => c.HasExitStrategy, c => new DrillItem(c.Label, c.Link, "Ingen udslusningsstrategi")),
                Info("personal-mentor", "Borgere med personlig mentor", facts.Citizens.Count(c => c.HasPersonalMentor), facts.Citizens.Count),
            ]),
            new HoldepunktRow(5, "Fast kontaktperson for virksomhederne", [
                ShareOf("fixed-contact", "Virksomheder med forløb, der har en fast kontaktperson", facts.Companies.Where(c => c.HasPlacements).ToList(), c => c.HasFixedContact,
                    c => new DrillItem(c.Name, c.Link, "Ingen fast kontaktperson")),
            ]),
            new HoldepunktRow(6, "Ingen papirarbejde pr. forløb", [
                ShareOf("contract", "Forløb på en rammeaftale", started, p => p.UnderContract, p => new DrillItem(p.Label, p.Link, "Ikke på en rammeaftale")),
            ]),
            new HoldepunktRow(7, "Mentorkurser og netværksmøder", [
                ShareOf("trained", "Mentorer med forløb, der har været på mentorkursus", facts.Mentors.Where(m => m.HasPlacements).ToList(), m => m.Trained,
                    m => new DrillItem(m.Name, null, "Ikke på kursus")),
                ShareOf("meetings", "Afsluttede kvartaler med netværksmøde", facts.Quarters.Where(q => q.Ended).ToList(), q => q.Meetings > 0,
                    q => new DrillItem(q.Name, null, "Intet netværksmøde")),
            ]),
            new HoldepunktRow(8, "Projektleder, indsatsgruppe og projektplan", [
                Present("project-leader", "Projektleder udpeget", facts.ProjectLeader),
                Present("group", "Indsatsgruppe nedsat", facts.GroupMembers > 0 ? $"{facts.GroupMembers} medlemmer" : null),
                Present("plan", "Projektplan", facts.PlanVersions > 0 ? $"version {facts.PlanVersions}" : null),
                Participants(facts),
            ]),
            new HoldepunktRow(9, "Evaluering og progressionsmålinger", [
                new Indicator("measurements", "Forfaldne progressionsmålinger, der er besvaret", Ratio(facts.MeasurementsAnswered, facts.MeasurementsDue),
                    Share(facts.MeasurementsAnswered, facts.MeasurementsDue), StatusOf(Share(facts.MeasurementsAnswered, facts.MeasurementsDue)),
                    facts.OverdueMeasurements.Select(o => new DrillItem(o.Label, o.Link, "Måling forfalden")).ToList()),
            ]),
        ];
    }

    /// <summary>Whether mentors cover every day of the placement from its start to its end (or today).</summary>
    public static bool MentorThroughout(PlacementFacts placement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var last = placement.End is { } end && end < today ? end : today;
        var covered = placement.Start.AddDays(-1);
        foreach (var (from, to) in placement.Mentors.OrderBy(m => m.From))
        {
            if (from > covered.AddDays(1))
            {
                return false; // a gap
            }

            var until = to ?? DateOnly.MaxValue;
            if (until > covered)
            {
                covered = until;
            }

            if (covered >= last)
            {
                return true;
            }
        }

        return covered >= last;
    }

    private static Indicator Places(HoldepunktFacts facts, List<PlacementFacts> running)
    {
        var contracted = facts.Contracts.Where(c => c.From <= facts.Today && c.To >= facts.Today).Sum(c => c.Places);
        var occupied = running.Count(p => p.UnderContract);
        var share = Share(occupied, contracted);
        var status = share is null ? IndicatorStatus.Red : share >= 0.7m ? IndicatorStatus.Green : share >= 0.5m ? IndicatorStatus.Yellow : IndicatorStatus.Red;
        var problems = contracted == 0 ? [new DrillItem("Ingen gældende rammeaftaler", null)] : (IReadOnlyList<DrillItem>)[];
        return new Indicator("places", "Besatte af de kontrakterede pladser i dag (mål: mindst 70 %)", $"{occupied} af {contracted}", share, status, problems);
    }

    private static Indicator CourseLength(List<PlacementFacts> started, DateOnly today)
    {
        var lengths = started.Select(p => ((p.End is { } e && e < today ? e : today).DayNumber - p.Start.DayNumber) + 1).ToList();
        var average = lengths.Count == 0 ? (decimal?)null : Math.Round((decimal)lengths.Average(), 0, MidpointRounding.AwayFromZero);
        return new Indicator("course-length", "Gennemsnitlig forløbslængde (dage, igangværende til i dag)", average is null ? "–" : $"{average} dage", null, IndicatorStatus.Info, []);
    }

    private static Indicator FollowUpFrequency(List<PlacementFacts> started, DateOnly today)
    {
        var followUps = started.Sum(p => p.FollowUps.Count);
        var weeks = started.Sum(p => ((p.End is { } e && e < today ? e : today).DayNumber - p.Start.DayNumber + 1) / 7.0m);
        var days = followUps == 0 ? (decimal?)null : Math.Round(weeks * 7 / followUps, 0, MidpointRounding.AwayFromZero);
        return new Indicator("follow-up-frequency", "Dage mellem opfølgninger i gennemsnit", days is null ? "–" : $"{days} dage", null, IndicatorStatus.Info, []);
    }

    private static Indicator Participants(HoldepunktFacts facts)
    {
        var n = facts.Citizens.Count;
        var share = Share(n, facts.ExpectedParticipantsByNow);
        return new Indicator("participants", $"Deltagere mod forventet antal til dato (tilsagn: {facts.MinimumParticipants} i alt)",
            $"{n} af {facts.ExpectedParticipantsByNow}", share, StatusOf(share), []);
    }

    private static Indicator ShareOf<T>(string key, string text, IReadOnlyCollection<T> items, Func<T, bool> meets, Func<T, DrillItem> problem)
    {
        var ok = items.Count(meets);
        var share = Share(ok, items.Count);
        return new Indicator(key, text, Ratio(ok, items.Count), share, items.Count == 0 ? IndicatorStatus.Info : StatusOf(share),
            items.Where(i => !meets(i)).Select(problem).ToList());
    }

    private static Indicator Info(string key, string text, int count, int of) => new(key, text, Ratio(count, of), Share(count, of), IndicatorStatus.Info, []);

    private static Indicator Present(string key, string text, string? value) =>
        new(key, text, value ?? "Mangler", null, value is null ? IndicatorStatus.Red : IndicatorStatus.Green, value is null ? [new DrillItem(text + " mangler", null)] : []);

    private static decimal? Share(int count, int of) => of == 0 ? null : Math.Round((decimal)count / of, 4, MidpointRounding.AwayFromZero);

    private static string Ratio(int count, int of) =>
        of == 0 ? "Intet at måle" : $"{count} af {of} ({Math.Round(100m * count / of, 0, MidpointRounding.AwayFromZero)} %)";

    private static IndicatorStatus StatusOf(decimal? share) => share switch
    {
        null => IndicatorStatus.Info,
        >= 0.9m => IndicatorStatus.Green,
        >= 0.7m => IndicatorStatus.Yellow,
        _ => IndicatorStatus.Red,
    };
}
