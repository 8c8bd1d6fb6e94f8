namespace Vc2.Rules.Parameters;

/// <summary>One programme's rules as data: ruleset <c>vc2-2014</c> is generation 2 of Virksomhedscenter.
/// A later programme is a new ruleset file, never an edit of this one.</summary>
public sealed class Ruleset
{
    internal Ruleset(string id, string name, string document, IReadOnlyDictionary<string, object> parameters)
    {
        Id = id;
        Name = name;
        Document = document;
        All = parameters;
        ProjectStart = Get<DateOnly>(parameters, "projectStart");
        ProjectEnd = Get<DateOnly>(parameters, "projectEnd");
        FixedGrant = Get<decimal>(parameters, "fixedGrant");
        FramePerParticipant = Get<decimal>(parameters, "framePerParticipant");
        ActivityGrantPerMonth = Get<decimal>(parameters, "activityGrantPerMonth");
        MinimumCourseMonths = Get<int>(parameters, "minimumCourseMonths");
        MaximumInterruptionDays = Get<int>(parameters, "maximumInterruptionDays");
        ResultGrant = Get<decimal>(parameters, "resultGrant");
        OutcomeWeeks = Get<int>(parameters, "outcomeWeeks");
        MinimumAverageWeeklyHours = Get<decimal>(parameters, "minimumAverageWeeklyHours");
    }

    public string Id { get; }

    public string Name { get; }

    public string Document { get; }

    /// <summary>Every parameter by name, for listing them with their sources.</summary>
    public IReadOnlyDictionary<string, object> All { get; }

    public DatedParameter<DateOnly> ProjectStart { get; }

    public DatedParameter<DateOnly> ProjectEnd { get; }

    public DatedParameter<decimal> FixedGrant { get; }

    public DatedParameter<decimal> FramePerParticipant { get; }

    public DatedParameter<decimal> ActivityGrantPerMonth { get; }

    public DatedParameter<int> MinimumCourseMonths { get; }

    public DatedParameter<int> MaximumInterruptionDays { get; }

    public DatedParameter<decimal> ResultGrant { get; }

    public DatedParameter<int> OutcomeWeeks { get; }

    public DatedParameter<decimal> MinimumAverageWeeklyHours { get; }

    private static DatedParameter<T> Get<T>(IReadOnlyDictionary<string, object> parameters, string name) =>
        (DatedParameter<T>)parameters[name];
}
