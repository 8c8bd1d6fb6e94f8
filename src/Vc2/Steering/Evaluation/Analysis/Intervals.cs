namespace Vc2.Steering.Evaluation.Analysis;

/// <summary>A share with its 95 % Wilson interval; suppressed (no share shown) below <see cref="MinimumCount"/> citizens,
/// as in the publication tables.</summary>
public sealed record Share(int Count, int Of)
{
    public const int MinimumCount = 5;

    public bool Suppressed => Of < MinimumCount;

    public double? Value => Suppressed || Of == 0 ? null : (double)Count / Of;

    public (double Lower, double Upper)? Interval => Suppressed || Of == 0 ? null : Intervals.Wilson(Count, Of);
}

public static class Intervals
{
    private const double Z = 1.959963984540054;

    /// <summary>The Wilson score interval for k of n (95 %): sensible also near 0 % and 100 % and for small n.</summary>
    public static (double Lower, double Upper) Wilson(int k, int n)
    {
        if (n <= 0)
        {
            return (0, 1);
        }

        var p = (double)k / n;
        var denominator = 1 + (Z * Z / n);
        var centre = (p + (Z * Z / (2 * n))) / denominator;
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4.0 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>A mean with its 95 % normal interval from the values' standard deviation.</summary>
    public static (double Mean, double Lower, double Upper) Mean(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var mean = values.Average();
        var sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
        var half = Z * sd / Math.Sqrt(values.Count);
        return (mean, mean - half, mean + half);
    }
}
