using Vc2.Steering.Organisation;
using Vc2.CaseWork.Progress;
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
/// the status, the records that pull it down, and how it is measured in plain Danish ("Sådan måles det", ADR 0012).</summary>
public sealed record Indicator(string Key, string Text, string Value, decimal? Share, IndicatorStatus Status, IReadOnlyList<DrillItem> Problems,
    string Definition = "");

public sealed record HoldepunktRow(int Number, string Title, IReadOnlyList<Indicator> Indicators)
{
    public IndicatorStatus Status => Indicators.Select(i => i.Status).DefaultIfEmpty(IndicatorStatus.Info).Max();
}

/// <summary>
/// The nine holdepunkter of one job centre, each with measured indicators and a status (ADR 0012). Pure: the facts are
/// the input, so every row can be checked by hand. Each indicator says how it is measured (<see cref="Indicator.Definition"/>).
/// A share meets its target at 90 % (green), is partly met from 70 % (yellow), else not (red) — except where the
/// programme text says "alle" or "hver": then only 100 % is green, and one missing record is red. Utilisation of
/// contracted places, mentor changes and participants are judged against their own targets.
/// </summary>
public static class HoldepunktIndicators
{
    private const string Thresholds = "Grøn fra 90 %, gul fra 70 %.";
    private const string Everyone = "Teksten siger alle: grøn kun ved 100 %, og én, der mangler, er rød.";

    public static IReadOnlyList<HoldepunktRow> Compute(HoldepunktFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var today = facts.Today;
        var started = facts.Placements.Where(p => p.Start <= today).ToList();
        var running = started.Where(p => p.End is null || p.End >= today).ToList();
        var placedMentors = facts.Mentors.Where(m => m.HasPlacements).ToList();

        return
        [
            new HoldepunktRow(1, "Kontrakterede pladser i virksomhederne", [Places(facts, running), CourseLength(started, today)]),
            MentorRow(started, placedMentors, today),
            AgreementRow(started),
            FollowUpRow(facts, started, running),
            FixedContactRow(facts),
            ContractRow(started),
            TrainingRow(facts, placedMentors),
            PlanRow(facts),
            EvaluationRow(facts, started),
        ];
    }

    private static HoldepunktRow MentorRow(List<PlacementFacts> started, List<MentorFacts> placedMentors, DateOnly today) =>
        new HoldepunktRow(2, "Virksomhedsmentor", [
            MentorDays(started, today),
            MentorChanges(started),
            ShareOf("mentor-trained", "Virksomhedsmentorer med forløb, der har været på mentorkursus", placedMentors, m => m.Trained,
                m => new DrillItem(m.Name, null, "Ikke på kursus"), all: true,
                "Virksomhedsmentorer, der støtter eller har støttet et forløb, og som har deltaget i et mentorkursus. " + Everyone),
        ]);

    private static HoldepunktRow AgreementRow(List<PlacementFacts> started) =>
        new HoldepunktRow(3, "Arbejdsaftale", [
            ShareOf("agreement", "Forløb med en arbejdsaftale accepteret af alle tre", started, p => p.HasAcceptedAgreement, p => new DrillItem(p.Label, p.Link, "Ingen accepteret aftale"),
                all: false, "Påbegyndte forløb, hvis nyeste arbejdsaftale er accepteret af borgeren, virksomheden og jobcentret. " + Thresholds),
        ]);

    private static HoldepunktRow FollowUpRow(HoldepunktFacts facts, List<PlacementFacts> started, List<PlacementFacts> running)
    {
        var today = facts.Today;
        return new HoldepunktRow(4, "Tæt opfølgning og koordinerende sagsbehandler", [
            ShareOf("follow-up", $"Igangværende forløb fulgt op inden for jobcentrets interval ({facts.FollowUpIntervalDays} dage)", running,
                p => FollowUpRule.DueDate(p.Start, p.FollowUps.Count == 0 ? null : p.FollowUps.Max(), p.LastNextDate, facts.FollowUpIntervalDays) >= today,
                p => new DrillItem(p.Label, p.Link, "Opfølgning forfalden"), all: false,
                $"Igangværende forløb, hvor næste opfølgning ikke er overskredet: den dato, der blev aftalt ved sidste opfølgning, ellers {facts.FollowUpIntervalDays} dage efter den (eller efter forløbets start). Intervallet er jobcentrets eget. " + Thresholds),
            FollowUpFrequency(started, today),
            ShareOf("caseworker", "Borgere med koordinerende sagsbehandler", facts.Citizens, c => c.HasCoordinatingCaseworker,
                c => new DrillItem(c.Label, c.Link, "Ingen koordinerende sagsbehandler"), all: true,
                "Indskrevne borgere, der har en koordinerende sagsbehandler. " + Everyone),
            ShareOf("exit", "Borgere med udslusningsstrategi", facts.Citizens, c => c.HasExitStrategy, c => new DrillItem(c.Label, c.Link, "Ingen udslusningsstrategi"),
                all: false, "Indskrevne borgere med en udslusningsstrategi. " + Thresholds),
            Info("personal-mentor", "Borgere med personlig mentor", facts.Citizens.Count(c => c.HasPersonalMentor), facts.Citizens.Count,
                "Indskrevne borgere med en personlig mentor. Til orientering: ikke alle har brug for en."),
            .. facts.ByRespondent.Select(Completeness),
        ]);
    }

    private static HoldepunktRow FixedContactRow(HoldepunktFacts facts) =>
        new HoldepunktRow(5, "Fast kontaktperson for virksomhederne", [
            ShareOf("fixed-contact", "Virksomheder med forløb, der har en fast kontaktperson", facts.Companies.Where(c => c.HasPlacements).ToList(), c => c.HasFixedContact,
                c => new DrillItem(c.Name, c.Link, "Ingen fast kontaktperson"), all: false,
                "Virksomheder, der har eller har haft et forløb, og hvor jobcentret har udpeget en fast kontaktperson. " + Thresholds),
        ]);

    private static HoldepunktRow ContractRow(List<PlacementFacts> started) =>
        new HoldepunktRow(6, "Ingen papirarbejde pr. forløb", [
            ShareOf("contract", "Forløb på en rammeaftale", started, p => p.UnderContract, p => new DrillItem(p.Label, p.Link, "Ikke på en rammeaftale"),
                all: false, "Påbegyndte forløb, der bruger en plads i en rammeaftale, så der ikke skal laves en aftale pr. forløb. " + Thresholds),
        ]);

    private static HoldepunktRow TrainingRow(HoldepunktFacts facts, List<MentorFacts> placedMentors) =>
        new HoldepunktRow(7, "Mentorkurser og netværksmøder", [
            ShareOf("trained", "Mentorer med forløb, der har været på mentorkursus", placedMentors, m => m.Trained,
                m => new DrillItem(m.Name, null, "Ikke på kursus"), all: true,
                "Virksomhedsmentorer, der støtter eller har støttet et forløb, og som har deltaget i et mentorkursus (\"alle virksomhedsmentorer\"). " + Everyone),
            ShareOf("meetings", "Afsluttede kvartaler med netværksmøde", facts.Quarters.Where(q => q.Ended).ToList(), q => q.Meetings > 0,
                q => new DrillItem(q.Name, null, "Intet netværksmøde"), all: true,
                "Afsluttede kvartaler i programperioden med mindst ét netværksmøde (\"hvert kvartal\"). " + Everyone),
        ]);

    private static HoldepunktRow PlanRow(HoldepunktFacts facts) =>
        new HoldepunktRow(8, "Projektleder, indsatsgruppe og projektplan", [
            Present("project-leader", "Projektleder udpeget", facts.ProjectLeader, "Projektplanens projektleder er udfyldt."),
            Present("group", "Indsatsgruppe nedsat", facts.GroupMembers > 0 ? $"{facts.GroupMembers} medlemmer" : null, "Indsatsgruppen har mindst ét medlem."),
            Plan(facts),
        ]);

    private static HoldepunktRow EvaluationRow(HoldepunktFacts facts, List<PlacementFacts> started) =>
        new HoldepunktRow(9, "Evaluering og progressionsmålinger", [
            Participants(facts, started),
            new Indicator("measurements", "Forfaldne progressionsmålinger, der er besvaret", Ratio(facts.MeasurementsAnswered, facts.MeasurementsDue),
                Share(facts.MeasurementsAnswered, facts.MeasurementsDue), StatusOf(Share(facts.MeasurementsAnswered, facts.MeasurementsDue)),
                facts.OverdueMeasurements.Select(o => new DrillItem(o.Label, o.Link, "Måling forfalden")).ToList(),
                "Alle progressionsmålinger fra borger, mentor og sagsbehandler, der er forfaldne i dag, og hvor mange af dem der er besvaret. " + Thresholds),
        ]);

    private static Indicator Places(HoldepunktFacts facts, List<PlacementFacts> running)
    {
        var contracted = facts.Contracts.Where(c => c.From <= facts.Today && c.To >= facts.Today).Sum(c => c.Places);
        var occupied = running.Count(p => p.UnderContract);
        var share = Share(occupied, contracted);
        var status = share is null ? IndicatorStatus.Red : share >= 0.7m ? IndicatorStatus.Green : share >= 0.5m ? IndicatorStatus.Yellow : IndicatorStatus.Red;
        var problems = contracted == 0 ? [new DrillItem("Ingen gældende rammeaftaler", null)] : (IReadOnlyList<DrillItem>)[];
        return new Indicator("places", "Besatte af de kontrakterede pladser i dag (mål: mindst 70 %)", $"{occupied} af {contracted}", share, status, problems,
            "Forløb i gang i dag på en rammeaftale, delt med pladserne i de rammeaftaler, der gælder i dag. Grøn fra 70 %, gul fra 50 %.");
    }

    private static Indicator CourseLength(List<PlacementFacts> started, DateOnly today)
    {
        var lengths = started.Select(p => Days(p, today)).ToList();
        var average = lengths.Count == 0 ? (decimal?)null : Math.Round((decimal)lengths.Average(), 0, MidpointRounding.AwayFromZero);
        return new Indicator("course-length", "Gennemsnitlig forløbslængde (dage, igangværende til i dag)", average is null ? "–" : $"{average} dage", null, IndicatorStatus.Info, [],
            "Påbegyndte forløb fra start til slut (igangværende til i dag), i gennemsnit. Til orientering.");
    }

    /// <summary>Holdepunkt 2: the placement days with a mentor assigned, of all placement days.</summary>
    private static Indicator MentorDays(List<PlacementFacts> started, DateOnly today)
    {
        var days = started.Sum(p => Days(p, today));
        var covered = started.Sum(p => DaysWithMentor(p, today));
        var share = Share(covered, days);
        return new Indicator("mentor-days", "Forløbsdage med en tildelt virksomhedsmentor", days == 0 ? "Intet at måle" : $"{covered} af {days} dage ({Percent(covered, days)} %)",
            share, days == 0 ? IndicatorStatus.Info : StatusOf(share),
            started.Where(p => DaysWithMentor(p, today) < Days(p, today)).Select(p => new DrillItem(p.Label, p.Link, $"{Days(p, today) - DaysWithMentor(p, today)} dage uden mentor")).ToList(),
            "Dagene i de påbegyndte forløb (fra start til slut eller i dag), hvor en virksomhedsmentor er tildelt forløbet, delt med alle forløbsdage. " + Thresholds);
    }

    /// <summary>Holdepunkt 2: a fixed mentor — mentor changes per started placement.</summary>
    private static Indicator MentorChanges(List<PlacementFacts> started)
    {
        var changes = started.Sum(p => Math.Max(0, p.Mentors.Count - 1));
        decimal? average = started.Count == 0 ? null : Math.Round((decimal)changes / started.Count, 2, MidpointRounding.AwayFromZero);
        var status = average switch { null => IndicatorStatus.Info, <= 0.25m => IndicatorStatus.Green, <= 0.5m => IndicatorStatus.Yellow, _ => IndicatorStatus.Red };
        return new Indicator("mentor-changes", "Skift af virksomhedsmentor pr. forløb", average is null ? "Intet at måle" : $"{average.Value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("da-DK"))} ({changes} skift i {started.Count} forløb)",
            null, status, started.Where(p => p.Mentors.Count > 1).Select(p => new DrillItem(p.Label, p.Link, $"{p.Mentors.Count - 1} skift")).ToList(),
            "Antal skift af virksomhedsmentor pr. påbegyndt forløb i gennemsnit (hver mentor efter den første er et skift). Grøn til og med 0,25, gul til og med 0,50.");
    }

    private static Indicator FollowUpFrequency(List<PlacementFacts> started, DateOnly today)
    {
        var followUps = started.Sum(p => p.FollowUps.Count);
        var weeks = started.Sum(p => Days(p, today) / 7.0m);
        var days = followUps == 0 ? (decimal?)null : Math.Round(weeks * 7 / followUps, 0, MidpointRounding.AwayFromZero);
        return new Indicator("follow-up-frequency", "Dage mellem opfølgninger i gennemsnit", days is null ? "–" : $"{days} dage", null, IndicatorStatus.Info, [],
            "Alle forløbsdage delt med antal opfølgninger. Til orientering.");
    }

    /// <summary>Holdepunkt 4: the due measurements of one respondent, answered.</summary>
    private static Indicator Completeness(RespondentCompleteness r)
    {
        var share = Share(r.Answered, r.Due);
        var (key, who) = r.Respondent switch
        {
            Respondent.Citizen => ("citizen", "borgeren"),
            Respondent.Mentor => ("mentor", "virksomhedsmentoren"),
            _ => ("caseworker", "sagsbehandleren"),
        };
        return new Indicator($"completeness-{key}", $"Forfaldne progressionsmålinger besvaret af {who}", Ratio(r.Answered, r.Due), share,
            r.Due == 0 ? IndicatorStatus.Info : StatusOf(share), [],
            $"De progressionsmålinger, som {who} skal besvare, og som er forfaldne i dag, og hvor mange af dem der er besvaret. " + Thresholds);
    }

    /// <summary>Holdepunkt 8: the project plan, made "i samspil med Arbejdsmarkedsstyrelsen" — it counts once the agency
    /// has approved it.</summary>
    private static Indicator Plan(HoldepunktFacts facts)
    {
        const string text = "Projektplan godkendt af styrelsen", definition = "Den nyeste version af projektplanen er godkendt af styrelsen.";
        var v = facts.PlanVersions;
        return facts.PlanState switch
        {
            null => new Indicator("plan", text, "Mangler", null, IndicatorStatus.Red, [new DrillItem("Projektplan mangler", null)], definition),
            PlanReview.Approved => new Indicator("plan", text, $"version {v}, godkendt", null, IndicatorStatus.Green, [], definition),
            PlanReview.ChangesRequested => new Indicator("plan", text, $"version {v}, styrelsen beder om ændringer", null, IndicatorStatus.Yellow,
                [new DrillItem($"Styrelsen har bedt om ændringer i version {v}", null)], definition),
            _ => new Indicator("plan", text, $"version {v}, venter på styrelsen", null, IndicatorStatus.Yellow,
                [new DrillItem($"Version {v} venter på styrelsens godkendelse", null)], definition),
        };
    }

    /// <summary>Holdepunkt 9: citizens who started a placement ("påbegynder forløb"), against the commitment pro rata.</summary>
    private static Indicator Participants(HoldepunktFacts facts, List<PlacementFacts> started)
    {
        var n = started.Select(p => p.CitizenId).Distinct().Count();
        var share = Share(n, facts.ExpectedParticipantsByNow);
        return new Indicator("participants", $"Borgere, der har påbegyndt et forløb, mod tilsagnet til dato (tilsagn: {facts.MinimumParticipants} i alt)",
            $"{n} af {facts.ExpectedParticipantsByNow}", share, StatusOf(share), [],
            $"Borgere, der har startet mindst ét forløb på en virksomhed (ikke alle indskrevne), mod jobcentrets tilsagn på {facts.MinimumParticipants} fordelt jævnt over programperioden: {facts.ExpectedParticipantsByNow} til i dag. " + Thresholds);
    }

    private static Indicator ShareOf<T>(string key, string text, IReadOnlyCollection<T> items, Func<T, bool> meets, Func<T, DrillItem> problem, bool all, string definition)
    {
        var ok = items.Count(meets);
        var share = Share(ok, items.Count);
        var status = items.Count == 0 ? IndicatorStatus.Info : all ? (ok == items.Count ? IndicatorStatus.Green : IndicatorStatus.Red) : StatusOf(share);
        return new Indicator(key, text, Ratio(ok, items.Count), share, status, items.Where(i => !meets(i)).Select(problem).ToList(), definition);
    }

    private static Indicator Info(string key, string text, int count, int of, string definition) =>
        new(key, text, Ratio(count, of), Share(count, of), IndicatorStatus.Info, [], definition);

    private static Indicator Present(string key, string text, string? value, string definition) =>
        new(key, text, value ?? "Mangler", null, value is null ? IndicatorStatus.Red : IndicatorStatus.Green, value is null ? [new DrillItem(text + " mangler", null)] : [],
            definition);

    /// <summary>The days of a placement from its start to its end, or today.</summary>
    private static int Days(PlacementFacts p, DateOnly today) => (p.End is { } e && e < today ? e : today).DayNumber - p.Start.DayNumber + 1;

    /// <summary>The days of a placement on which a mentor is assigned: the union of the assignments, within the placement.</summary>
    public static int DaysWithMentor(PlacementFacts placement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var last = placement.End is { } e && e < today ? e : today;
        var covered = 0;
        DateOnly? from = null, to = null;
        foreach (var (f, t) in placement.Mentors.Select(m => (From: m.From > placement.Start ? m.From : placement.Start, To: m.To is { } end && end < last ? end : last))
                     .Where(m => m.From <= m.To).OrderBy(m => m.From))
        {
            if (to is null || f > to.Value.AddDays(1))
            {
                covered += to is null ? 0 : to.Value.DayNumber - from!.Value.DayNumber + 1;
                (from, to) = (f, t);
            }
            else if (t > to)
            {
                to = t;
            }
        }

        return covered + (to is null ? 0 : to.Value.DayNumber - from!.Value.DayNumber + 1);
    }

    private static decimal? Share(int count, int of) => of == 0 ? null : Math.Round((decimal)count / of, 4, MidpointRounding.AwayFromZero);

    private static decimal Percent(int count, int of) => Math.Round(100m * count / of, 0, MidpointRounding.AwayFromZero);

    private static string Ratio(int count, int of) => of == 0 ? "Intet at måle" : $"{count} af {of} ({Percent(count, of)} %)";

    private static IndicatorStatus StatusOf(decimal? share) => share switch
    {
        null => IndicatorStatus.Info,
        >= 0.9m => IndicatorStatus.Green,
        >= 0.7m => IndicatorStatus.Yellow,
        _ => IndicatorStatus.Red,
    };
}
