using Vc2.Platform.Data;

namespace Vc2.CaseWork.FollowUps;

public enum FollowUpForm
{
    AtCompany = 1,
    AtJobCentre = 2,
    Phone = 3,
    Video = 4,
}

public enum SubGoalStatus
{
    NotStarted = 1,
    InProgress = 2,
    Achieved = 3,
    NotAchieved = 4,
}

/// <summary>A follow-up (opfølgning) on a placement, anchored in the latest work agreement: status per sub-goal, hours
/// actually worked, notes and the next follow-up date (holdepunkt 4).</summary>
public sealed class FollowUp : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid PlacementId { get; set; }

    public Guid? AgreementId { get; set; }

    public DateOnly Date { get; set; }

    public FollowUpForm Form { get; set; }

    public required string Participants { get; set; }

    public decimal? HoursWorked { get; set; }

    public string? Notes { get; set; }

    public DateOnly? NextDate { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public List<SubGoalAssessment> Assessments { get; set; } = [];
}

public sealed class SubGoalAssessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FollowUpId { get; set; }

    public Guid SubGoalId { get; set; }

    public SubGoalStatus Status { get; set; }

    public string? Comment { get; set; }
}

public static class FollowUpNames
{
    public static string Danish(FollowUpForm form) => form switch
    {
        FollowUpForm.AtCompany => "På virksomheden",
        FollowUpForm.AtJobCentre => "På jobcentret",
        FollowUpForm.Phone => "Telefon",
        FollowUpForm.Video => "Video",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };

    public static string Danish(SubGoalStatus status) => status switch
    {
        SubGoalStatus.NotStarted => "Ikke påbegyndt",
        SubGoalStatus.InProgress => "I gang",
        SubGoalStatus.Achieved => "Nået",
        SubGoalStatus.NotAchieved => "Ikke nået",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
