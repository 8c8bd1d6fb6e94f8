using Vc2.Rules.Model;

namespace Vc2.Steering.Evaluation.Analysis;

/// <summary>A person in the weekly benefit register under a pseudonym (the evaluator export's scheme; no CPR number is
/// kept): municipality, age band and sex, and the benefit category of each week from <paramref name="FirstWeek"/> (a
/// week ordinal; a week the register covers with no benefit is <see cref="BenefitCategory.None"/>). A week is on
/// benefit when it has any public benefit but SU; self-supporting when it has none or SU (in work or education without
/// other support, as DREAM's "selvforsørgelse"); a result when it is self-supporting or flexjob — the register's view of
/// the programme's results (job, flexjob, education).</summary>
public sealed record RegisterPerson(string Pseudonym, string Municipality, int AgeBand, bool Female, int FirstWeek, BenefitCategory[] Weeks)
{
    public bool Covers(int from, int toExclusive) => from >= FirstWeek && toExclusive <= FirstWeek + Weeks.Length;

    public bool OnBenefitIn(int week) => Weeks[week - FirstWeek] is not (BenefitCategory.None or BenefitCategory.Su);

    public bool SelfSupportingIn(int week) => !OnBenefitIn(week);

    public bool ResultIn(int week) => SelfSupportingIn(week) || Weeks[week - FirstWeek] == BenefitCategory.Fleksjob;

    public int WeeksSelfSupporting(int from, int weeks) => Enumerable.Range(from, weeks).Count(SelfSupportingIn);

    private ushort[]? _onBenefitBefore;

    /// <summary>The weeks on benefit in [<paramref name="from"/>, <paramref name="toExclusive"/>), from running counts
    /// made once: a participant is held against some hundred comparison persons, each over 104 weeks.</summary>
    public int WeeksOnBenefit(int from, int toExclusive)
    {
        if (_onBenefitBefore is null)
        {
            var counts = new ushort[Weeks.Length + 1];
            for (var i = 0; i < Weeks.Length; i++)
            {
                counts[i + 1] = (ushort)(counts[i] + (Weeks[i] is BenefitCategory.None or BenefitCategory.Su ? 0 : 1));
            }

            _onBenefitBefore = counts;
        }

        return _onBenefitBefore[toExclusive - FirstWeek] - _onBenefitBefore[from - FirstWeek];
    }

}

/// <summary>
/// The effect estimate against a register comparison group (method and limits in ADR 0026, section 3). Each
/// participant is matched, with replacement, to the <c>k</c> comparison persons of the same municipality, age band and
/// sex (exact on these coarse cells) who were on benefit in the week before the participant's start (as the participant
/// must be) and whose 104-week
/// benefit history before that start is nearest (weeks on benefit in each half-year, summed absolute differences; ties
/// broken by pseudonym, so the result is reproducible). The comparison persons' outcomes are read from the same calendar start. The effect on the treated
/// (ATT) is the mean of participant minus matched mean, with a normal 95 % interval from the paired differences — which
/// ignores the uncertainty of reusing comparison persons and so is somewhat too narrow (documented).
/// </summary>
public static class ComparisonMatching
{
    /// <summary>The weeks after the start the outcomes are read at (ADR 0026: 26 and 52).</summary>
    public static readonly IReadOnlyList<int> Horizons = [26, 52];

    public sealed record Participant(RegisterPerson Person, int StartWeek);

    public sealed record Estimate(int Weeks, int Followed, double Difference, double Lower, double Upper, double ParticipantMean, double ComparisonMean);

    public sealed record RateEstimate(int Week, int Followed, double Difference, double Lower, double Upper, double ParticipantRate, double ComparisonRate);

    /// <summary>A characteristic's mean among the matched participants, among the eligible comparison persons of their
    /// cells (before matching; a person counts once per participant they could serve) and among the matched ones (after),
    /// with the standardised mean differences.</summary>
    public sealed record Balance(string Name, double Participants, double Before, double After, double DifferenceBefore, double DifferenceAfter);

    public sealed record Findings(int Participants, int Matched, int Unmatched, int K, IReadOnlyList<Estimate> SelfSupportingWeeks,
        IReadOnlyList<RateEstimate> ResultRates, IReadOnlyList<Balance> BalanceTable);

    public static Findings Match(IReadOnlyList<Participant> participants, IReadOnlyList<RegisterPerson> comparison, int k = 3)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(comparison);
        var cells = comparison.GroupBy(c => (c.Municipality, c.AgeBand, c.Female)).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Pseudonym, StringComparer.Ordinal).ToList());
        var matches = new List<Pairing>();
        var sums = new BalanceSums();
        foreach (var p in participants.OrderBy(p => p.Person.Pseudonym, StringComparer.Ordinal))
        {
            // The same condition on both sides: on benefit in the week before the start (a participant without it — or
            // without register weeks at all — is left unmatched, not compared as if self-supporting).
            if (!p.Person.Covers(p.StartWeek - 104, p.StartWeek) || !p.Person.OnBenefitIn(p.StartWeek - 1)
                || !cells.TryGetValue((p.Person.Municipality, p.Person.AgeBand, p.Person.Female), out var cell))
            {
                continue;
            }

            var profile = Profile(p.Person, p.StartWeek);
            var twins = Twins(p, profile, cell, k, sums);
            if (twins.Count > 0)
            {
                matches.Add(new Pairing(p, twins));
                sums.AddMatch(p, profile, twins);
            }
        }

        var weeks = Horizons.Select(w =>
        {
            var e = Compare(matches, w, (person, start) => person.WeeksSelfSupporting(start, w));
            return new Estimate(w, e.Followed, e.Difference, e.Lower, e.Upper, e.Participants, e.Comparison);
        }).ToList();
        var rates = Horizons.Select(w =>
        {
            var e = Compare(matches, w, (person, start) => person.ResultIn(start + w - 1) ? 1.0 : 0);
            return new RateEstimate(w, e.Followed, e.Difference, e.Lower, e.Upper, e.Participants, e.Comparison);
        }).ToList();

        return new Findings(participants.Count, matches.Count, participants.Count - matches.Count, k, weeks, rates, sums.Table());
    }

    /// <summary>A matched participant and the comparison persons they are held against.</summary>
    private sealed record Pairing(Participant P, List<RegisterPerson> Twins);

    /// <summary>The <paramref name="k"/> eligible persons of the participant's cell with the nearest histories; each
    /// eligible person is summed into the balance before matching.</summary>
    private static List<RegisterPerson> Twins(Participant p, int[] profile, List<RegisterPerson> cell, int k, BalanceSums sums)
    {
        var candidates = new List<(RegisterPerson C, int Distance)>();
        foreach (var c in cell)
        {
            if (!c.Covers(p.StartWeek - 104, p.StartWeek) || !c.OnBenefitIn(p.StartWeek - 1))
            {
                continue;
            }

            var theirs = Profile(c, p.StartWeek);
            sums.AddEligible(theirs, c);
            candidates.Add((c, Distance(profile, theirs)));
        }

        // The cell is in pseudonym order and the sort is stable: ties go to the lowest pseudonym.
        return candidates.OrderBy(x => x.Distance).Take(k).Select(x => x.C).ToList();
    }

    /// <summary>One outcome at one horizon: the paired differences of the followed matches, and each side's mean.</summary>
    private static (int Followed, double Difference, double Lower, double Upper, double Participants, double Comparison) Compare(List<Pairing> matches, int w,
        Func<RegisterPerson, int, double> outcome)
    {
        // A horizon counts the matches whose weeks after the start the registers cover, both sides: the newest starts
        // have no 52 weeks yet.
        List<Pairing> followed =
            [.. matches.Where(m => m.P.Person.Covers(m.P.StartWeek, m.P.StartWeek + w) && m.Twins.All(t => t.Covers(m.P.StartWeek, m.P.StartWeek + w)))];
        var (mean, lower, upper) = Intervals.Mean([.. followed.Select(m => outcome(m.P.Person, m.P.StartWeek) - m.Twins.Average(t => outcome(t, m.P.StartWeek)))]);
        return (followed.Count, mean, lower, upper,
            followed.Count == 0 ? double.NaN : followed.Average(m => outcome(m.P.Person, m.P.StartWeek)),
            followed.Count == 0 ? double.NaN : followed.Average(m => m.Twins.Average(t => outcome(t, m.P.StartWeek))));
    }

    /// <summary>The 104 weeks before <paramref name="start"/> as the weeks on benefit in each of their four half-years,
    /// the oldest first.</summary>
    private static int[] Profile(RegisterPerson person, int start) =>
        [.. Enumerable.Range(0, 4).Select(h => person.WeeksOnBenefit(start - 104 + (h * 26), start - 78 + (h * 26)))];

    /// <summary>How far apart two histories are: the weeks on benefit that differ, half-year by half-year (a week-by-week
    /// comparison would prefer a person always on benefit to one with the same share at other weeks).</summary>
    private static int Distance(int[] a, int[] b)
    {
        var d = 0;
        for (var i = 0; i < a.Length; i++)
        {
            d += Math.Abs(a[i] - b[i]);
        }

        return d;
    }

    /// <summary>The balance table's characteristics, summed as the matching goes (count, sum, sum of squares): the
    /// eligible pairs of a national comparison group run to millions, and keeping them would cost more than the matching.</summary>
    private sealed class BalanceSums
    {
        private static readonly string[] Names = ["uger på ydelse i de 104 uger før", "uger på ydelse i de 26 uger før", "kvinde (andel)", "aldersgruppe (0 = under 30, 3 = 50+)"];
        private readonly Moments[] _treated = Names.Select(_ => new Moments()).ToArray();
        private readonly Moments[] _before = Names.Select(_ => new Moments()).ToArray();
        private readonly Moments[] _after = Names.Select(_ => new Moments()).ToArray();

        public void AddEligible(int[] profile, RegisterPerson person) => Add(_before, profile, person);

        public void AddMatch(Participant p, int[] profile, List<RegisterPerson> twins)
        {
            Add(_treated, profile, p.Person);
            foreach (var twin in twins)
            {
                Add(_after, Profile(twin, p.StartWeek), twin);
            }
        }

        public List<Balance> Table() =>
            Names.Select((name, i) => new Balance(name, _treated[i].Mean, _before[i].Mean, _after[i].Mean,
                Moments.Smd(_treated[i], _before[i]), Moments.Smd(_treated[i], _after[i]))).ToList();

        private static void Add(Moments[] to, int[] profile, RegisterPerson person)
        {
            to[0].Add(profile.Sum());
            to[1].Add(profile[3]);
            to[2].Add(person.Female ? 1 : 0);
            to[3].Add(person.AgeBand);
        }
    }

    /// <summary>A running count, sum and sum of squares: the mean and sample variance of many values without keeping them.</summary>
    private sealed class Moments
    {
        private long _n;
        private double _sum;
        private double _squares;

        public void Add(double value)
        {
            _n++;
            _sum += value;
            _squares += value * value;
        }

        public double Mean => _n == 0 ? double.NaN : _sum / _n;

        private double Variance => _n < 2 ? 0 : Math.Max(0, (_squares - (_sum * _sum / _n)) / (_n - 1));

        /// <summary>The standardised mean difference: the difference of the means over the pooled standard deviation.</summary>
        public static double Smd(Moments treated, Moments other)
        {
            var pooled = Math.Sqrt((treated.Variance + other.Variance) / 2);
            return pooled > 0 ? (treated.Mean - other.Mean) / pooled : 0;
        }
    }
}
