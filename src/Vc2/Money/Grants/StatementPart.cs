using System.Text.Json;
using System.Text.Json.Serialization;
using Vc2.Platform.JobCentres;
using Vc2.Rules.Json;
using Vc2.Rules.Model;

namespace Vc2.Money.Grants;

/// <summary>One job centre's part of a statement, without names, kept with the national figures
/// (<c>JobCentreFigures</c>) so that the agency opens a centre's statement without settling it again. It turns back
/// into the <see cref="ComputeStatement.Output"/> the statement page shows.</summary>
public sealed record StatementPart(
    Guid JobCentreId,
    Statement Statement,
    IReadOnlyList<ComputeStatement.ExcludedCitizen> Excluded,
    IReadOnlyList<string> Unchecked,
    Finality Finality,
    IReadOnlyDictionary<string, DateOnly> BeforeEnrolment,
    decimal Paid,
    IReadOnlyList<JobCentreCommitment> Commitments)
{
    // The scenario format's converters (weeks, amounts), forgiving about computed properties it wrote.
    private static readonly JsonSerializerOptions Json = new(ScenarioJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        WriteIndented = false,
    };

    /// <summary>The part of <paramref name="output"/> for the centre with municipality number <paramref name="number"/>.</summary>
    public static StatementPart Of(ComputeStatement.Output output, string number)
    {
        ArgumentNullException.ThrowIfNull(output);
        var centre = output.Statement.JobCentres.Single(j => j.Id == number);
        var excluded = output.Excluded.Where(e => e.JobCentre == number).ToList();
        var citizens = centre.Citizens.Select(c => c.Id).Concat(excluded.Select(e => e.Statement.Id)).ToHashSet(StringComparer.Ordinal);
        return new StatementPart(
            output.JobCentreIds[number],
            output.Statement with { JobCentres = [centre] },
            excluded,
            output.Unchecked.Where(citizens.Contains).Order(StringComparer.Ordinal).ToList(),
            output.Finality[number],
            output.BeforeEnrolment.Where(b => citizens.Contains(b.Key)).ToDictionary(b => b.Key, b => b.Value),
            output.Paid.GetValueOrDefault(number),
            output.Commitments.GetValueOrDefault(number) ?? []);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static StatementPart FromJson(string json) =>
        JsonSerializer.Deserialize<StatementPart>(json, Json) ?? throw new InvalidOperationException("Tom opgørelse i landstallene.");

    /// <summary>The statement page's input for this centre alone, without names (the agency sees record ids).</summary>
    public ComputeStatement.Output ToOutput()
    {
        var number = Statement.JobCentres[0].Id;
        return new ComputeStatement.Output(Statement, new Scenario(Statement.AsOf, Statement.RegisterCoveredThrough, []), new Dictionary<string, string>(),
            Excluded, Unchecked.ToHashSet(StringComparer.Ordinal), new Dictionary<string, Finality> { [number] = Finality }, BeforeEnrolment,
            new Dictionary<string, decimal> { [number] = Paid }, new Dictionary<string, Guid> { [number] = JobCentreId },
            new Dictionary<string, IReadOnlyList<JobCentreCommitment>> { [number] = Commitments });
    }
}
