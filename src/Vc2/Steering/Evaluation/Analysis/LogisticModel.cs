using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Vc2.Steering.Evaluation.Analysis;

/// <summary>One term of a fitted model: its name, the coefficient (log odds), its standard error and 95 % interval, and
/// the odds ratio — what the evaluation report prints and says in Danish.</summary>
public sealed record Coefficient(string Name, double Estimate, double StandardError)
{
    public double Lower => Estimate - (1.959963984540054 * StandardError);

    public double Upper => Estimate + (1.959963984540054 * StandardError);

    public double OddsRatio => Math.Exp(Estimate);

    /// <summary>Two-sided p-value of the Wald test.</summary>
    public double P => StandardError > 0 ? 2 * (1 - Normal.CDF(0, 1, Math.Abs(Estimate / StandardError))) : 1;
}

/// <summary>
/// Logistic regression fitted by iteratively reweighted least squares (Newton–Raphson on the log-likelihood): the
/// outcome is a result (job, flexjob or education) or not; the predictors are a citizen's baseline, change and
/// characteristics (ADR 0026). Pure and deterministic: the same rows in the same order give the same figures, bit for
/// bit. A mild L2 penalty (<see cref="Penalty"/> on every coefficient but the intercept) keeps a separating or collinear
/// design — two characteristics that always go together in a job centre's citizens — finite instead of running to
/// infinity; on a few hundred citizens it moves a well-determined coefficient by far less than its standard error. The
/// standard errors come from the inverse of the (penalised) information matrix at the estimate.
/// </summary>
public sealed class LogisticModel
{
    /// <summary>A fitted model as a snapshot stores it (System.Text.Json reads it back through this).</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public LogisticModel(IReadOnlyList<Coefficient> coefficients, double logLikelihood, int rows, int iterations)
    {
        Coefficients = coefficients;
        LogLikelihood = logLikelihood;
        Rows = rows;
        Iterations = iterations;
    }

    /// <summary>The L2 penalty on the coefficients (not the intercept).</summary>
    public const double Penalty = 0.1;

    /// <summary>The intercept first ("konstant"), then the predictors in the order given.</summary>
    public IReadOnlyList<Coefficient> Coefficients { get; }

    public double LogLikelihood { get; }

    public int Rows { get; }

    public int Iterations { get; }

    /// <summary>The predicted probability of a result for one row of predictors (without the intercept).</summary>
    public double Predict(IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var eta = Coefficients[0].Estimate;
        for (var j = 0; j < x.Count; j++)
        {
            eta += Coefficients[j + 1].Estimate * x[j];
        }

        return 1 / (1 + Math.Exp(-eta));
    }

    /// <param name="names">The predictors' names, one per column of <paramref name="x"/>.</param>
    public static LogisticModel Fit(IReadOnlyList<string> names, IReadOnlyList<double[]> x, IReadOnlyList<bool> y, int maxIterations = 50)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count == 0)
        {
            throw new ArgumentException("Der skal være lige mange rækker med forklarende variable og udfald, og mindst én.");
        }

        var n = x.Count;
        var p = names.Count + 1;
        var design = Matrix<double>.Build.Dense(n, p, (i, j) => j == 0 ? 1 : x[i][j - 1]);
        var outcome = Vector<double>.Build.Dense(n, i => y[i] ? 1 : 0);
        var beta = Vector<double>.Build.Dense(p);
        var ridge = Matrix<double>.Build.Dense(p, p, (i, j) => i == j ? (i == 0 ? 1e-9 : Penalty) : 0);
        Matrix<double> information = ridge;
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var mu = (design * beta).Map(eta => 1 / (1 + Math.Exp(-eta)));
            var weights = mu.Map(m => Math.Max(m * (1 - m), 1e-10));
            information = (design.TransposeThisAndMultiply(design.PointwiseMultiply(Matrix<double>.Build.Dense(n, p, (i, _) => weights[i])))) + ridge;
            var gradient = design.TransposeThisAndMultiply(outcome - mu) - (ridge * beta);
            var step = information.Solve(gradient);
            beta += step;
            if (step.AbsoluteMaximum() < 1e-9)
            {
                iterations++;
                break;
            }
        }

        var covariance = information.Inverse();
        var logLikelihood = 0.0;
        for (var i = 0; i < n; i++)
        {
            var m = 1 / (1 + Math.Exp(-(design.Row(i) * beta)));
            logLikelihood += y[i] ? Math.Log(Math.Max(m, 1e-300)) : Math.Log(Math.Max(1 - m, 1e-300));
        }

        var coefficients = Enumerable.Range(0, p)
            .Select(j => new Coefficient(j == 0 ? "konstant" : names[j - 1], beta[j], Math.Sqrt(Math.Max(covariance[j, j], 0))))
            .ToList();
        return new LogisticModel(coefficients, logLikelihood, n, iterations);
    }
}
