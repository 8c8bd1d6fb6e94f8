namespace Vc2.CaseWork.Progress;

/// <summary>One measurement as the pure calculations see it: who, about whom, when, and the scores by dimension key.</summary>
public sealed record MeasurementPoint(Guid CitizenId, Respondent Respondent, DateOnly On, IReadOnlyDictionary<string, int> Scores)
{
    public static MeasurementPoint From(Measurement m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new MeasurementPoint(m.CitizenId, m.Respondent, m.AnsweredOn, m.Scores.ToDictionary(s => s.DimensionKey, s => s.Score));
    }
}
