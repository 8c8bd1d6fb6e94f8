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

    /// <summary>The course's status as the end of a sentence: "… og forløbet har nået tre måneder".</summary>
    public static string Sentence(CourseStatus status) => status switch
    {
        CourseStatus.Qualified => "har nået tre måneder",
        CourseStatus.Pending => "kan stadig nå tre måneder",
        _ => "nåede ikke tre måneder",
    };

    public static string Of(ResultOutcome result) => result.Status switch
    {
        ResultStatus.Verified => $"{Type(result.Type)} fra {Vc2.Rules.Engine.Danish.Week(result.FirstWeek)}",
        ResultStatus.Pending => $"afventer ({Type(result.Type)} fra {Vc2.Rules.Engine.Danish.Week(result.FirstWeek)})",
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
