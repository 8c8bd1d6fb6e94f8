namespace Vc2.CaseWork.Progress;

/// <summary>The settings of progress measurement (configuration section "Progress").</summary>
public sealed class ProgressOptions
{
    /// <summary>Weeks between measurements after the baseline.</summary>
    public int IntervalWeeks { get; set; } = 8;

    /// <summary>Days after the first placement's start by which the baseline is due (also the grace after a placement's end).</summary>
    public int BaselineDays { get; set; } = 14;

    /// <summary>How long a personal link can be used.</summary>
    public int LinkValidDays { get; set; } = 14;

    /// <summary>A difference of this many points between respondents is a disagreement.</summary>
    public int DisagreementPoints { get; set; } = 3;

    /// <summary>Answers of two respondents this many days apart or less are compared.</summary>
    public int DisagreementWindowDays { get; set; } = 14;

    /// <summary>The address VC2 is reached at from outside, e.g. "https://vc2.example.dk": personal links start with it, and
    /// with nothing else (never the request's Host header). Required; checked at start.</summary>
    public string? PublicBaseUrl { get; set; }
}
