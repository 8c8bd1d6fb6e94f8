using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Citizens;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Rules;
using Vc2.Steering.Evaluation;

namespace Vc2.Demo;

/// <summary>
/// A believable comparison extract for the demo's effect estimate (ADR 0026), written as the register holder would:
/// <c>PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;y_1201;…</c>, pseudonymised with <see cref="ExportKey"/> from CPR numbers. It
/// holds every demo participant (whom the import leaves out, as it would in a real extract) and five invented persons
/// per participant in the same municipalities, in ressourceforløb or on kontanthjælp since 2012: a quarter had a spell
/// off benefit in 2012–2013; from 2014 about one in eight a year leaves benefit for a job, a flexjob or education, and
/// some come back.
/// </summary>
public static class DemoComparisonExtract
{
    /// <summary>The demo's export key: the demo's comparison extract is pseudonymised with it, so an evaluator export with
    /// this key links to it. A real key is agreed between the agency, the evaluators and the register holder.</summary>
    public const string ExportKey = "demo-eksportnoegle-kun-til-demo";

    public const int PerParticipant = 5;

    public static async Task WriteAsync(Vc2Db db, CprProtector protector, DateOnly today, TextWriter writer, int seed = 2019, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(writer);
        var random = new Random(seed);
        var key = Encoding.UTF8.GetBytes(ExportKey);
        var first = new IsoWeek(2012, 1);
        var programmeStart = new IsoWeek(2014, 1);
        var last = IsoWeek.Of(today).AddWeeks(-1);
        var weeks = WeeksFrom(first, last);

        await writer.WriteLineAsync("PSEUDONYM;KOMMUNE;FOEDSELSAAR;KOEN;" + string.Join(';', weeks.Select(w => $"y_{w.Year % 100:D2}{w.Week:D2}")));
        var centres = await db.JobCentres.ToDictionaryAsync(j => j.Id, j => j.MunicipalityNumber, ct);
        var citizens = await db.Citizens.OrderBy(c => c.CprHash).Select(c => new { c.JobCentreId, c.CprCipher, c.TargetGroup, c.BirthDate }).ToListAsync(ct);
        var line = new StringBuilder();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in citizens)
        {
            var cpr = protector.Decrypt(c.CprCipher);
            taken.Add(cpr.Digits);
            var code = c.TargetGroup == TargetGroup.Ressourceforloeb ? "140" : "130";
            line.Clear().Append(Pseudonyms.Of(key, cpr)).Append(';').Append(centres[c.JobCentreId]).Append(';')
                .Append(c.BirthDate.Year.ToString(CultureInfo.InvariantCulture)).Append(';').Append(cpr.IsOddLastDigit ? 'M' : 'K');
            foreach (var _ in weeks)
            {
                line.Append(';').Append(code);
            }

            await writer.WriteLineAsync(line.ToString());
        }

        foreach (var municipality in citizens.GroupBy(c => centres[c.JobCentreId]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < municipality.Count() * PerParticipant; i++)
            {
                var cpr = InventCpr(random, taken);
                await WriteComparisonPersonAsync(writer, line, key, municipality.Key, cpr, weeks, programmeStart, random);
            }
        }
    }

    private static List<IsoWeek> WeeksFrom(IsoWeek first, IsoWeek last)
    {
        var weeks = new List<IsoWeek>();
        for (var w = first; w <= last; w = w.Next())
        {
            weeks.Add(w);
        }

        return weeks;
    }

    /// <summary>A valid CPR number no one in the extract has yet, drawn until one is found.</summary>
    private static Cpr InventCpr(Random random, HashSet<string> taken)
    {
        Cpr cpr;
        do
        {
            var birth = new DateOnly(1955, 1, 1).AddDays(random.Next(0, 365 * 38));
            var digits = birth.ToString("ddMMyy", CultureInfo.InvariantCulture) + random.Next(0, 4000).ToString("D4", CultureInfo.InvariantCulture);
            cpr = Cpr.TryParse(digits, out var parsed, out _) ? parsed! : null!;
        }
        while (cpr is null || !taken.Add(cpr.Digits));

        return cpr;
    }

    /// <summary>One invented comparison person's line: on benefit since 2012, with the spells off benefit drawn week by week.</summary>
    private static async Task WriteComparisonPersonAsync(TextWriter writer, StringBuilder line, byte[] key, string municipality, Cpr cpr, List<IsoWeek> weeks,
        IsoWeek programmeStart, Random random)
    {
        var code = random.NextDouble() < 0.4 ? "140" : "130";
        // A quarter had a spell off benefit before the programme, of 4 to 30 weeks.
        var spellStart = random.NextDouble() < 0.25 ? random.Next(0, 90) : -1;
        var spellLength = random.Next(4, 31);
        var off = false;
        var leftFor = string.Empty;
        line.Clear().Append(Pseudonyms.Of(key, cpr)).Append(';').Append(municipality).Append(';')
            .Append(cpr.BirthDate.Year.ToString(CultureInfo.InvariantCulture)).Append(';').Append(cpr.IsOddLastDigit ? 'M' : 'K');
        for (var w = 0; w < weeks.Count; w++)
        {
            line.Append(';');
            if (weeks[w] < programmeStart)
            {
                line.Append(w >= spellStart && w < spellStart + spellLength && spellStart >= 0 ? string.Empty : code);
                continue;
            }

            if (!off && random.NextDouble() < 0.0025)
            {
                off = true;
                var draw = random.NextDouble();
                leftFor = draw < 0.55 ? string.Empty : draw < 0.7 ? "160" : "210";
            }
            else if (off && random.NextDouble() < 0.01)
            {
                off = false;
            }

            line.Append(off ? leftFor : code);
        }

        await writer.WriteLineAsync(line.ToString());
    }
}
