using System.Globalization;
using System.Text;
using Vc2.Rules;

namespace Vc2.Demo;

/// <summary>A national-size benefit extract for benchmarks: the given (enrolled) CPR numbers among invented others,
/// in random order, each with a benefit code or nothing per week, written as a stream.</summary>
public static class NationalExtract
{
    private static readonly string[] Codes = ["130", "130", "130", "140", "", "", "111", "190", "210", "160"];

    /// <summary>Invented CPR numbers of valid format (not checked against modulus 11), all different.</summary>
    public static string[] InventCprs(int count, Random random, IEnumerable<string>? taken = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        var used = new HashSet<string>(taken ?? [], StringComparer.Ordinal);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            string cpr;
            do
            {
                cpr = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 50)).ToString("ddMMyy", CultureInfo.InvariantCulture)
                      + random.Next(0, 4000).ToString("D4", CultureInfo.InvariantCulture);
            }
            while (!used.Add(cpr));
            result[i] = cpr;
        }

        return result;
    }

    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<string> cprs, int weeks, IsoWeek first, Random random)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cprs);
        ArgumentNullException.ThrowIfNull(random);
        await writer.WriteLineAsync("PNR;" + string.Join(';', Enumerable.Range(0, weeks).Select(first.AddWeeks).Select(w => $"y_{w.Year % 100:D2}{w.Week:D2}")));
        var line = new StringBuilder();
        foreach (var i in Enumerable.Range(0, cprs.Count).OrderBy(_ => random.Next()))
        {
            line.Clear().Append(cprs[i]);
            for (var w = 0; w < weeks; w++)
            {
                line.Append(';').Append(Codes[random.Next(Codes.Length)]);
            }

            await writer.WriteLineAsync(line.ToString());
        }
    }
}
