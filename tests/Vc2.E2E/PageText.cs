using System.Text.RegularExpressions;

namespace Vc2.E2E;

/// <summary>
/// What no page may say to its users (ADR 0025): a raw ISO week ("2015-W24"), a rule id as the start of a sentence
/// ("R3: …" — a rule id is a small reference, not the headline), or a code name of the domain's categories in place of
/// its Danish word ("Kontanthjaelp", "OrdinaryJob"). Checked on every page the browser tests check with axe.
/// </summary>
public static partial class PageText
{
    /// <summary>The code names of the categories a page could leak, taken from the enums themselves; a name that is also
    /// the Danish word shown (Fleksjob, Dagpenge, Mentor …) is not a leak.</summary>
    private static readonly Lazy<Regex> CodeNames = new(() =>
    {
        var danish = new HashSet<string>(StringComparer.Ordinal) { "Fleksjob", "Dagpenge", "Sygedagpenge", "Ledighedsydelse", "Virksomhedspraktik", "Mentor", "Su" };
        var names = new[]
            {
                typeof(Vc2.Rules.Model.BenefitCategory), typeof(Vc2.Rules.Model.CourseStatus), typeof(Vc2.CaseWork.Outcomes.OutcomeKind),
                typeof(Vc2.CaseWork.Placements.EndReason), typeof(Vc2.CaseWork.Progress.MeasurementKind), typeof(Vc2.CaseWork.Progress.Respondent),
                typeof(Vc2.CaseWork.Citizens.ExitTarget), typeof(Vc2.Money.Payments.PaymentKind), typeof(Vc2.Money.Registers.ImportStatus),
                typeof(Vc2.Steering.Organisation.PlanReview), typeof(Vc2.Platform.Common.DesignStatus), typeof(Vc2.Steering.Holdepunkter.IndicatorStatus),
            }
            .SelectMany(Enum.GetNames).Where(n => n.Length >= 4 && !danish.Contains(n)).Distinct().OrderByDescending(n => n.Length);
        return new Regex($@"\b({string.Join('|', names)})\b", RegexOptions.CultureInvariant);
    });

    [GeneratedRegex(@"\b\d{4}-W\d{2}\b")]
    private static partial Regex IsoWeek();

    /// <summary>A rule id (R0–R99) opening a line or a sentence.</summary>
    [GeneratedRegex(@"(^|[.!?]\s+)R\d{1,2}\b", RegexOptions.Multiline)]
    private static partial Regex RuleIdFirst();

    /// <summary>The problems in a page's visible text, one line each.</summary>
    public static IReadOnlyList<string> Problems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<string>();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (IsoWeek().Match(line) is { Success: true } week)
            {
                problems.Add($"ISO week {week.Value}: »{Cut(line)}«");
            }

            if (RuleIdFirst().Match(line) is { Success: true } rule)
            {
                problems.Add($"rule id first in a sentence ({rule.Value.Trim()}): »{Cut(line)}«");
            }

            if (CodeNames.Value.Match(line) is { Success: true } code)
            {
                problems.Add($"code name {code.Value}: »{Cut(line)}«");
            }
        }

        return problems;
    }

    private static string Cut(string line) => line.Length <= 160 ? line : line[..160] + "…";
}
