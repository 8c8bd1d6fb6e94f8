using System.Globalization;
using Vc2.CaseWork.Progress;

namespace Vc2.Steering.Evaluation;

/// <summary>
/// The evaluation report built from a snapshot's data alone — the HTML page and the XLSX workbook render the same
/// report, so both are reproducible from the snapshot (ADR 0013). Pure.
/// </summary>
public static class EvaluationReport
{
    public sealed record Table(string Sheet, string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public sealed record Chart(string Caption, string YTitle, IReadOnlyList<string> Labels, IReadOnlyList<(string Label, IReadOnlyList<decimal?> Values)> Series);

    public sealed record Section(string Title, string Text, IReadOnlyList<Table> Tables, Chart? Chart = null);

    public sealed record Report(string Title, string Subtitle, IReadOnlyList<Section> Sections);

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <param name="assessment">The evaluators' newest published assessment of the snapshot, shown beside the numbers.</param>
    public static Report Build(EvaluationData data, string? onlyJobCentre = null, PublishedAssessment? assessment = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var centres = data.JobCentres.Where(c => onlyJobCentre is null || c.MunicipalityNumber == onlyJobCentre).ToList();
        var scope = onlyJobCentre is null ? "hele programmet" : centres.FirstOrDefault()?.Name ?? "ukendt jobcenter";
        var title = data.Kind == EvaluationKind.Midway ? "Midtvejsevaluering" : "Slutevaluering";
        var sections = new List<Section> { Participants(centres), Implementation(centres), Baseline(data, centres), Progression(data, centres), InJobOrEducation(centres) };
        if (data.Kind == EvaluationKind.Final)
        {
            sections.Add(Results(centres));
            sections.Add(ProgressionAgainstResults(centres));
            sections.Add(TargetGroups(centres));
            sections.Add(Companies(centres));
        }

        sections.AddRange(Analyses(data, onlyJobCentre, assessment));
        return new Report($"{title} af Virksomhedscenter generation 2 – {scope}",
            $"Opgjort {data.AsOf.ToString("d. MMMM yyyy", Danish)} fra et fastfrosset øjebliksbillede. Måleinstrument: {data.InstrumentName}, version {data.InstrumentVersion}.",
            sections);
    }

    private static Section Participants(List<CentreData> centres)
    {
        var rows = centres.Select(c => (IReadOnlyList<object?>)[c.Name, c.Participants, .. c.ByTargetGroup.Select(g => (object?)g.Participants),
            c.ByTargetGroup.Sum(g => g.WithCourse), c.ByTargetGroup.Sum(g => g.ReachedThreeMonths)]).ToList();
        var groups = centres.FirstOrDefault()?.ByTargetGroup.Select(g => g.TargetGroup).ToList() ?? [];
        rows.Add(["I alt", centres.Sum(c => c.Participants), .. groups.Select((_, i) => (object?)centres.Sum(c => c.ByTargetGroup[i].Participants)),
            centres.Sum(c => c.ByTargetGroup.Sum(g => g.WithCourse)), centres.Sum(c => c.ByTargetGroup.Sum(g => g.ReachedThreeMonths))]);
        return new Section("Deltagere og forløb",
            "Indskrevne borgere i alt og efter målgruppe, borgere med et forløb, og borgere hvis samlede forløb har nået tre måneder (regel R2–R3).",
            [new Table("Deltagere", "Deltagere pr. jobcenter", ["Jobcenter", "Deltagere", .. groups, "Med forløb", "Nået tre måneder"], rows)],
            new Chart("Deltagere og forløb på tre måneder", "Borgere", centres.Select(c => c.Name).ToList(),
            [
                ("Deltagere", centres.Select(c => (decimal?)c.Participants).ToList()),
                ("Nået tre måneder", centres.Select(c => (decimal?)c.ByTargetGroup.Sum(g => g.ReachedThreeMonths)).ToList()),
            ]));
    }

    private static Section Implementation(List<CentreData> centres)
    {
        var numbers = Holdepunkter(centres);
        var overview = centres.Select(c => (IReadOnlyList<object?>)[c.Name, .. numbers.Select(n => (object?)(c.Holdepunkter.FirstOrDefault(h => h.Number == n.Number)?.Status ?? "–"))]).ToList();
        var details = centres.SelectMany(c => c.Holdepunkter.SelectMany(h => h.Indicators.Select(i => (IReadOnlyList<object?>)[c.Name, $"{h.Number}. {h.Title}", i.Text, i.Value, i.Status]))).ToList();
        return new Section("Implementering pr. holdepunkt",
            "Status pr. holdepunkt (det svageste af holdepunktets indikatorer) og de målte indikatorer. En andel er opfyldt fra 90 % og delvist opfyldt fra 70 %.",
            [
                new Table("Holdepunkter", "Status pr. holdepunkt og jobcenter", ["Jobcenter", .. numbers.Select(n => $"{n.Number}. {n.Title}")], overview),
                new Table("Indikatorer", "Indikatorer pr. jobcenter", ["Jobcenter", "Holdepunkt", "Indikator", "Måling", "Status"], details),
            ]);
    }

    private static Section Baseline(EvaluationData data, List<CentreData> centres)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var c in centres)
        {
            foreach (var b in c.Progress.Baseline)
            {
                rows.Add([c.Name, DimensionName(data, b.DimensionKey), RespondentNames.Danish(b.Respondent), b.Count, b.Mean, .. b.Distribution.Select(n => (object?)n)]);
            }
        }

        return new Section("Nulpunktsmålingen",
            "Den første måling pr. borger og respondent: antal, gennemsnit og fordelingen på skalaen 1–10.",
            [new Table("Nulpunkt", "Nulpunktsmålingen pr. dimension og respondent", ["Jobcenter", "Dimension", "Respondent", "n", "Gennemsnit", .. Enumerable.Range(1, 10).Select(i => i.ToString(CultureInfo.InvariantCulture))], rows)]);
    }

    private static Section Progression(EvaluationData data, List<CentreData> centres)
    {
        var change = centres.SelectMany(c => c.Progress.Change.Select(r => (IReadOnlyList<object?>)[c.Name, DimensionName(data, r.DimensionKey), RespondentNames.Danish(r.Respondent), r.Citizens, r.AverageChange])).ToList();
        var completion = centres.SelectMany(c => c.Progress.Completion.Select(r => (IReadOnlyList<object?>)[c.Name, RespondentNames.Danish(r.Respondent), r.Due, r.Answered, r.Rate])).ToList();
        return new Section("Progression",
            "Gennemsnitlig udvikling siden nulpunktsmålingen (seneste minus første svar, borgere med mindst to svar) og besvarelsesgraden af de forfaldne målinger.",
            [
                new Table("Udvikling", "Gennemsnitlig udvikling pr. dimension og respondent", ["Jobcenter", "Dimension", "Respondent", "Borgere", "Udvikling (point)"], change),
                new Table("Besvarelse", "Besvarelsesgrad pr. respondent", ["Jobcenter", "Respondent", "Forfaldne", "Besvaret", "Andel"], completion),
            ]);
    }

    private static Section InJobOrEducation(List<CentreData> centres)
    {
        var kinds = centres.FirstOrDefault()?.InJobOrEducationNow.Keys.ToList() ?? [];
        var rows = centres.Select(c => (IReadOnlyList<object?>)[c.Name, .. kinds.Select(k => (object?)c.InJobOrEducationNow[k])]).ToList();
        rows.Add(["I alt", .. kinds.Select(k => (object?)centres.Sum(c => c.InJobOrEducationNow[k]))]);
        return new Section("I job eller uddannelse", "Borgere, som sagsbehandleren har registreret i job, fleksjob eller uddannelse (uanset varighed).",
            [new Table("Job og uddannelse", "Registrerede resultater pr. jobcenter", ["Jobcenter", .. kinds], rows)]);
    }

    private static Section Results(List<CentreData> centres)
    {
        var kinds = centres.FirstOrDefault()?.ResultsAfter13Weeks.Keys.ToList() ?? [];
        var rows = centres.Select(c => (IReadOnlyList<object?>)[c.Name, .. kinds.Select(k => (object?)c.ResultsAfter13Weeks[k]), c.ResultsPending]).ToList();
        rows.Add(["I alt", .. kinds.Select(k => (object?)centres.Sum(c => c.ResultsAfter13Weeks[k])), centres.Sum(c => c.ResultsPending)]);
        return new Section("Resultater efter 13 uger", "Resultater, som ydelses- og indkomstregistret bekræfter efter 13 uger (regel R6–R8), efter type; afventer = vinduet er ikke afsluttet.",
            [new Table("Resultater 13 uger", "Resultater efter 13 uger pr. jobcenter", ["Jobcenter", .. kinds, "Afventer"], rows)],
            new Chart("Resultater efter 13 uger", "Borgere", centres.Select(c => c.Name).ToList(),
                kinds.Select(k => (k, (IReadOnlyList<decimal?>)centres.Select(c => (decimal?)c.ResultsAfter13Weeks[k]).ToList())).ToList()));
    }

    private static Section ProgressionAgainstResults(List<CentreData> centres) => new("Progression og resultater",
        "Borgernes egen gennemsnitlige udvikling over alle dimensioner for dem med et resultat efter 13 uger og for de øvrige.",
        [new Table("Progression mod resultat", "Udvikling for borgere med og uden resultat", ["Jobcenter", "Med resultat (n)", "Udvikling", "Uden resultat (n)", "Udvikling"],
            centres.Select(c => (IReadOnlyList<object?>)[c.Name, c.ProgressionByOutcome.WithResult, c.ProgressionByOutcome.ChangeWithResult,
                c.ProgressionByOutcome.WithoutResult, c.ProgressionByOutcome.ChangeWithoutResult]).ToList())]);

    private static Section TargetGroups(List<CentreData> centres) => new("Efter målgruppe", "Deltagere, forløb på tre måneder og resultater efter 13 uger pr. målgruppe.",
        [new Table("Målgrupper", "Pr. jobcenter og målgruppe", ["Jobcenter", "Målgruppe", "Deltagere", "Med forløb", "Nået tre måneder", "Resultat efter 13 uger"],
            centres.SelectMany(c => c.ByTargetGroup.Select(g => (IReadOnlyList<object?>)[c.Name, g.TargetGroup, g.Participants, g.WithCourse, g.ReachedThreeMonths, g.ResultsAfter13Weeks])).ToList())]);

    private static Section Companies(List<CentreData> centres) => new("Efter virksomhed", "Forløb, borgere, forløb på tre måneder og resultater efter 13 uger pr. virksomhed.",
        [new Table("Virksomheder", "Pr. virksomhed", ["Jobcenter", "Virksomhed", "Forløb", "Borgere", "Nået tre måneder", "Resultat efter 13 uger"],
            centres.SelectMany(c => c.ByCompany.Select(k => (IReadOnlyList<object?>)[c.Name, k.Company, k.Placements, k.Citizens, k.ReachedThreeMonths, k.ResultsAfter13Weeks])).ToList())]);

    private static string DimensionName(EvaluationData data, string key) => data.Dimensions.FirstOrDefault(d => d.Key == key)?.Name ?? key;

    /// <summary>A cell as text in the HTML report (numbers in Danish format; shares as percent).</summary>
    public static string Cell(object? value, string header) => value switch
    {
        null => "–",
        decimal d when header is "Andel" => (d * 100).ToString("0", Danish) + " %",
        decimal d => d.ToString("0.##", Danish),
        int i => i.ToString("#,##0", Danish),
        _ => value.ToString() ?? "",
    };

    private static string Percent(Analysis.Share share) => share.Value is { } v && share.Interval is { } i
        ? $"{(v * 100).ToString("0", Danish)} % ({(i.Lower * 100).ToString("0", Danish)}–{(i.Upper * 100).ToString("0", Danish)} %)"
        : "færre end 5";

    private static string Number(double value, string format = "0.00") => double.IsFinite(value) ? value.ToString(format, Danish) : "–";

    /// <summary>An odds ratio or one of its limits; the extremes of a barely determined term as words, not 30 digits.</summary>
    private static string Odds(double value) => !double.IsFinite(value) || value > 1000 ? "over 1.000" : value < 0.001 ? "under 0,001" : Number(value);

    /// <summary>ADR 0026, section 1: the share with a verified result by baseline level and by change, per respondent;
    /// the models; and whose ratings predict results best, in a sentence.</summary>
    private static Section ProgressionAndResults(EvaluationData data, Analysis.ProgressionAndOutcomes.Findings f, string title)
    {
        var order = data.Dimensions.Select((d, i) => (d.Key, i)).ToDictionary(d => d.Key, d => d.i);
        // A share's cells: citizens, those with a result (blank when suppressed), and the share with its interval.
        static object?[] ShareCells(Analysis.Share share) => [share.Of, share.Suppressed ? null : share.Count, Percent(share)];
        var dimensions = (f.ByDimension ?? []).OrderBy(b => b.Respondent).ThenBy(b => order.GetValueOrDefault(b.Dimension, int.MaxValue))
            .Select(b => (IReadOnlyList<object?>)[RespondentNames.Danish(b.Respondent), DimensionName(data, b.Dimension), b.Group, .. ShareCells(b.Results)]).ToList();
        var bands = f.ByRespondent.SelectMany(r =>
            r.ByBaseline.Select(b => (IReadOnlyList<object?>)[RespondentNames.Danish(r.Respondent), "Nulpunkt " + b.Name, .. ShareCells(b.Results)])
            .Concat(r.ByChange.Select(b => (IReadOnlyList<object?>)[RespondentNames.Danish(r.Respondent), "Ændring " + b.Name, .. ShareCells(b.Results)])))
            .ToList();
        var models = f.ByRespondent.Where(r => r.Model is not null).SelectMany(r => r.Model!.Coefficients.Where(c => c.Name != "konstant").Select(c =>
            (IReadOnlyList<object?>)[RespondentNames.Danish(r.Respondent), c.Name, Odds(c.OddsRatio), $"{Odds(Math.Exp(c.Lower))}–{Odds(Math.Exp(c.Upper))}",
                c.P < 0.001 ? "< 0,001" : Number(c.P, "0.000")])).ToList();
        var fit = f.ByRespondent.Select(r => (IReadOnlyList<object?>)[RespondentNames.Danish(r.Respondent), r.Model?.Rows, r.PseudoR2 is { } p ? Number(p) : "–"]).ToList();
        return new Section(title,
            $"{f.Summary} Resultat betyder et verificeret job-, fleksjob- eller uddannelsesresultat efter tilskudsreglerne (R6–R9); "
            + $"{f.Results.Count} af {f.Citizens} borgere har et. Andelene har 95 %-intervaller (Wilson); grupper under 5 borgere vises ikke. "
            + "Modellen er en logistisk regression af resultat på respondentens nulpunktsmåling og ændring samt målgruppe, aldersgruppe, køn og uger på ydelse før indskrivningen; "
            + "et oddsforhold over 1 betyder flere resultater.",
            new[]
            {
                new Table("Resultat efter progression", "Andel med resultat efter nulpunkt og ændring pr. respondent", ["Respondent", "Gruppe", "Borgere", "Med resultat", "Andel (95 %-interval)"], bands),
                new Table("Model pr. respondent", "Oddsforhold for et resultat pr. respondents model", ["Respondent", "Forklarende variabel", "Oddsforhold", "95 %-interval", "p"], models),
                new Table("Hvem forudsiger bedst", "Forklaringsgrad (McFaddens pseudo-R²) på borgere med svar fra alle tre", ["Respondent", "Borgere i modellen", "Forklaringsgrad"], fit),
                new Table("Resultat pr. dimension", "Andel med resultat efter nulpunkt og ændring i hver dimension pr. respondent",
                    ["Respondent", "Dimension", "Gruppe", "Borgere", "Med resultat", "Andel (95 %-interval)"], dimensions),
            }.Where(t => t.Rows.Count > 0).ToList()); // too few citizens for a model: its table is left out, not shown empty
    }

    /// <summary>ADR 0026, section 2: observed against expected results per job centre, expected from the citizen mix.</summary>
    private static Section FairComparisonOf(Analysis.FairComparison.Findings f)
    {
        var rows = f.Centres.Select(c => (IReadOnlyList<object?>)[c.JobCentre, c.Citizens, c.Suppressed ? null : c.Observed,
            c.Suppressed ? "–" : Number(c.Expected, "0.0"), c.Suppressed ? "–" : $"{Number(Math.Max(0, c.Lower), "0.0")}–{Number(c.Upper, "0.0")}",
            c.Ratio is { } r ? Number(r) : "–", c.Verdict]).ToList();
        return new Section("Jobcentrene sammenlignet på lige vilkår",
            "Et jobcenter med mange borgere, der er langt fra arbejdsmarkedet, får færre resultater uden at gøre det dårligere. Derfor sammenlignes hvert jobcenters resultater "
            + "med det forventede for netop dets borgere: en logistisk model af resultat på målgruppe, aldersgruppe, køn, tid på ydelse før indskrivningen og borgerens egen nulpunktsmåling, "
            + "fælles for alle jobcentre. Et jobcenter er kun over eller under det forventede, når forskellen ligger uden for grænserne (95 %), som tilfældigheder kan forklare. "
            + "Det samme gælder borgernes egen udvikling siden nulpunktsmålingen (gennemsnit over dimensionerne), forventet ud fra samme sammensætning med en lineær model; "
            + "da borgere, der starter lavt, oftest stiger mere, tæller nulpunktet med. Jobcentre med færre end 5 borgere vises ikke.",
            new[]
            {
                new Table("Lige vilkår", "Observerede og forventede resultater pr. jobcenter",
                    ["Jobcenter", "Borgere", "Resultater", "Forventet", "Grænser (95 %)", "Observeret/forventet", "Vurdering"], rows),
                new Table("Lige vilkår progression", "Borgernes egen udvikling: observeret og forventet pr. jobcenter",
                    ["Jobcenter", "Borgere med to svar", "Udvikling (point)", "Forventet", "Grænser (95 %)", "Vurdering"],
                    (f.Progression ?? []).Select(c => (IReadOnlyList<object?>)[c.JobCentre, c.Citizens, c.Suppressed ? "–" : Number(c.Observed, "+0.00;-0.00;0.00"),
                        c.Suppressed ? "–" : Number(c.Expected, "+0.00;-0.00;0.00"), c.Suppressed ? "–" : $"{Number(c.Lower, "+0.00;-0.00;0.00")} til {Number(c.Upper, "+0.00;-0.00;0.00")}",
                        c.Verdict]).ToList()),
            }.Where(t => t.Rows.Count > 0).ToList(),
            new Chart("Resultater: observeret, forventet ud fra borgernes sammensætning og grænserne for tilfældigheder", "Borgere med resultat", f.Centres.Select(c => c.JobCentre).ToList(),
            [
                ("Observeret", f.Centres.Select(c => c.Suppressed ? null : (decimal?)c.Observed).ToList()),
                ("Forventet", f.Centres.Select(c => Rounded(c, c.Expected)).ToList()),
                ("Nedre grænse (95 %)", f.Centres.Select(c => Rounded(c, Math.Max(0, c.Lower))).ToList()),
                ("Øvre grænse (95 %)", f.Centres.Select(c => Rounded(c, c.Upper)).ToList()),
            ]));

        static decimal? Rounded(Analysis.FairComparison.Centre c, double value) =>
            c.Suppressed || !double.IsFinite(value) ? null : Math.Round((decimal)value, 1);
    }

    /// <summary>ADR 0026, section 3: self-supporting weeks and result rates against matched comparison persons from the
    /// register, with the balance before and after matching and the limits in plain words.</summary>
    private static Section EffectOf(EffectEstimate? effect)
    {
        const string title = "Effekt sammenlignet med lignende borgere uden for programmet";
        if (effect?.Findings is not { } f)
        {
            return new Section(title, (effect?.Missing ?? "Der var ikke indlæst et sammenligningsudtræk fra ydelsesregistret, da øjebliksbilledet blev dannet.")
                + " Effekten er derfor ikke beregnet. Styrelsen indlæser sammenligningsudtrækket under Evaluering → Sammenligningsgruppe; et nyt øjebliksbillede beregner da effekten.", []);
        }

        string Interval(double lower, double upper, string format, double scale = 1) =>
            double.IsFinite(lower) ? $"{Number(lower * scale, format)} til {Number(upper * scale, format)}" : "–";
        var estimates = f.SelfSupportingWeeks.Select(e => (IReadOnlyList<object?>)[$"Uger i selvforsørgelse i de første {e.Weeks} uger", e.Followed,
                Number(e.ParticipantMean, "0.0"), Number(e.ComparisonMean, "0.0"), Number(e.Difference, "+0.0;-0.0;0.0"), Interval(e.Lower, e.Upper, "+0.0;-0.0;0.0")])
            .Concat(f.ResultRates.Select(r => (IReadOnlyList<object?>)[$"I job, fleksjob eller uddannelse i uge {r.Week} efter start (andel)", r.Followed,
                Percentage(r.ParticipantRate), Percentage(r.ComparisonRate), Number(r.Difference * 100, "+0;-0;0") + " %-point",
                Interval(r.Lower, r.Upper, "+0;-0;0", 100) + " %-point"]))
            .ToList();
        var balance = f.BalanceTable.Select(b => (IReadOnlyList<object?>)[b.Name, Number(b.Participants, "0.0"), Number(b.Before, "0.0"), Number(b.After, "0.0"),
            Number(b.DifferenceBefore), Number(b.DifferenceAfter)]).ToList();
        var counts = new List<IReadOnlyList<object?>> { new object?[] { f.Participants, f.Matched, f.Unmatched, effect.ComparisonPersons, f.K } };
        return new Section(title,
            $"Hver deltager er sammenlignet med de {f.K} personer i sammenligningsudtrækket fra ydelsesregistret (fil {effect.ExtractFile}, SHA-256 {effect.ExtractHash?[..16]}…), "
            + "der bor i samme kommune, er i samme aldersgruppe og har samme køn, var på ydelse ugen før deltagerens indskrivning (som deltageren skal have været) og har den mest lignende ydelseshistorik i de 104 uger før "
            + "(uger på ydelse i hvert halvår). Effekten er deltagernes gennemsnit minus de matchede personers, med 95 %-interval. Selvforsørgelse er uger uden offentlig forsørgelse ud over SU. "
            + "Forbehold: matchningen kan kun gøre grupperne ens i det, registret viser — ikke i motivation eller helbred; intervallet er lidt for smalt, fordi samme sammenligningsperson kan bruges flere gange; "
            + "og en måling vises kun for deltagere, der er fulgt længe nok i registret. Balancetabellen viser, hvor ens grupperne er før og efter matchningen (en standardiseret forskel under 0,1 regnes for god balance).",
            [
                new Table("Effekt", "Deltagere og matchede sammenligningspersoner efter start",
                    ["Mål", "Deltagere fulgt", "Deltagere", "Sammenligning", "Forskel", "95 %-interval"], estimates),
                new Table("Balance", "Balance før og efter matchning",
                    ["Kendetegn", "Matchede deltagere", "Egnede i samme celle (før)", "Matchede (efter)", "Standardiseret forskel før", "Standardiseret forskel efter"], balance),
                new Table("Matchning", "Antal i matchningen", ["Deltagere", "Matchet", "Ikke matchet", "Personer i sammenligningsudtrækket", "Sammenligningspersoner pr. deltager"], counts),
            ]);
    }

    private static string Percentage(double share) => double.IsFinite(share) ? (share * 100).ToString("0", Danish) + " %" : "–";

    /// <summary>The sections of ADR 0026 — progression against results, the fair comparison and the effect (for the whole
    /// programme), and the evaluators' assessment; the evaluator export carries them too.</summary>
    public static IReadOnlyList<Section> Analyses(EvaluationData data, string? onlyJobCentre = null, PublishedAssessment? assessment = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sections = new List<Section>();
        if (data.Analysis is { } analysis && onlyJobCentre is null)
        {
            sections.Add(ProgressionAndResults(data, analysis.Progression, "Progression og resultater"));
            sections.Add(FairComparisonOf(analysis.Centres));
            sections.Add(EffectOf(analysis.Effect));
        }
        else if (data.Analysis?.ByJobCentre?.FirstOrDefault(c => c.MunicipalityNumber == onlyJobCentre) is { } own)
        {
            // A job centre's own report: its citizens alone. The fair comparison and the effect need every centre, and
            // stand in the programme's report.
            sections.Add(ProgressionAndResults(data, own.Progression, "Progression og resultater i jobcentret"));
        }

        sections.Add(AssessmentOf(data, assessment, onlyJobCentre));
        return sections;
    }

    /// <summary>The holdepunkter's numbers and titles as the snapshot froze them.</summary>
    public static IReadOnlyList<(int Number, string Title)> Holdepunkter(EvaluationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Holdepunkter(data.JobCentres);
    }

    private static List<(int Number, string Title)> Holdepunkter(IEnumerable<CentreData> centres) =>
        [.. centres.SelectMany(c => c.Holdepunkter).Select(h => (h.Number, h.Title)).Distinct().OrderBy(h => h.Number)];

    /// <summary>ADR 0026, section 4: the evaluators' findings, lessons and recommendations, per holdepunkt and
    /// job centre — in a job centre's report that centre's and the programme's.</summary>
    private static Section AssessmentOf(EvaluationData data, PublishedAssessment? assessment, string? onlyJobCentre)
    {
        var title = data.Kind == EvaluationKind.Midway ? "Evaluators vurdering: er der behov for ændringer i indsatsen?" : "Evaluators vurdering og anbefalinger til en national ramme";
        if (assessment is null)
        {
            return new Section(title, "Evaluatorerne har ikke offentliggjort en vurdering af dette øjebliksbillede endnu.", []);
        }

        var names = data.JobCentres.ToDictionary(c => c.MunicipalityNumber, c => c.Name);
        var holdepunkter = Holdepunkter(data).ToDictionary(h => h.Number, h => $"{h.Number}. {h.Title}");
        var rows = assessment.Findings.Where(f => onlyJobCentre is null || f.JobCentre is null || f.JobCentre == onlyJobCentre)
            .OrderBy(f => f.Holdepunkt ?? 0).ThenBy(f => f.JobCentre is null ? 0 : 1).ThenBy(f => f.Kind)
            .Select(f => (IReadOnlyList<object?>)[f.Holdepunkt is { } h ? holdepunkter.GetValueOrDefault(h, $"{h}.") : "Programmet generelt",
                f.JobCentre is { } j ? names.GetValueOrDefault(j, j) : "Hele programmet", FindingKindNames.Danish(f.Kind), f.Text])
            .ToList();
        return new Section(title,
            $"Version {assessment.Number}, offentliggjort {assessment.PublishedAtUtc.ToString("d. MMMM yyyy", Danish)} af {assessment.PublishedBy}; kontrolsum {assessment.ContentHash[..16]}…. "
            + "Evaluatorernes fund, læring og anbefalinger pr. holdepunkt og jobcenter, skrevet ud fra tallene i dette øjebliksbillede.",
            rows.Count == 0 ? [] : [new Table("Vurdering", "Fund, læring og anbefalinger", ["Holdepunkt", "Jobcenter", "Type", "Tekst"], rows)]);
    }
}
