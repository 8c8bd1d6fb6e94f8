using Vc2.Platform.Data;

namespace Vc2.CaseWork.Citizens;

/// <summary>The two target groups of the programme.</summary>
public enum TargetGroup
{
    /// <summary>Citizens in a ressourceforløb.</summary>
    Ressourceforloeb = 1,

    /// <summary>Recipients of kontanthjælp for two years or more.</summary>
    KontanthjaelpTwoYears = 2,
}

/// <summary>A citizen (borger) enrolled in the programme at one job centre. The CPR number is stored only as a keyed
/// hash for look-up and a ciphertext for display (see <see cref="Platform.Security.CprProtector"/>).</summary>
public sealed class Citizen : IVersioned, ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public required string CprHash { get; set; }

    public required string CprCipher { get; set; }

    /// <summary>The birth date from the CPR number, kept apart so that ages can be counted without decrypting.</summary>
    public DateOnly BirthDate { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public TargetGroup TargetGroup { get; set; }

    public DateOnly EnrolmentDate { get; set; }

    /// <summary>The coordinating caseworker (koordinerende sagsbehandler): required for every citizen by the forms,
    /// nullable in the database so that the holdepunkt indicators can count citizens without one.</summary>
    public Guid? CoordinatingCaseworkerId { get; set; }

    /// <summary>A personal mentor outside the company, if the citizen has one.</summary>
    public string? PersonalMentorName { get; set; }

    public string? PersonalMentorContact { get; set; }

    /// <summary>The citizen's long-term job goal, also the first part of every work agreement.</summary>
    public string? LongTermJobGoal { get; set; }

    public int Version { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}

public static class TargetGroupNames
{
    public static string Danish(TargetGroup group) => group switch
    {
        TargetGroup.Ressourceforloeb => "Ressourceforløb",
        TargetGroup.KontanthjaelpTwoYears => "Kontanthjælp i mindst 2 år",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
