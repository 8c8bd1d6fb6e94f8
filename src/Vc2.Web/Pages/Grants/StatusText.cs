using Vc2.Rules.Model;

namespace Vc2.Web.Pages.Grants;

public static class StatusText
{
    public static string Of(CourseStatus status) => status switch
    {
        CourseStatus.Qualified => "tre måneder nået",
        CourseStatus.Pending => "afventer",
        _ => "ikke tre måneder",
    };

    public static string Of(ResultOutcome result) => result.Status switch
    {
        ResultStatus.Verified => $"{Type(result.Type)} fra uge {result.FirstWeek}",
        ResultStatus.Pending => $"afventer ({Type(result.Type)} fra uge {result.FirstWeek})",
        _ => "–",
    };

    private static string Type(OutcomeType? type) => type switch
    {
        OutcomeType.Job => "job",
        OutcomeType.Flexjob => "fleksjob",
        OutcomeType.Education => "uddannelse",
        _ => "?",
    };
}
