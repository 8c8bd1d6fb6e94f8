using Vc2.Data;

namespace Vc2.Citizens;

/// <summary>The two target groups of the programme.</summary>
public enum TargetGroup
{
    /// <summary>Citizens in a ressourceforløb.</summary>
    Ressourceforloeb = 1,

    /// <summary>Recipients of kontanthjælp for two years or more.</summary>
    KontanthjaelpTwoYears = 2,
}

/// <summary>A citizen (borger) enrolled in the programme at one job centre. The CPR number is stored only as a keyed
/// hash for look-up and a ciphertext for display (see <see cref="Security.CprProtector"/>).</summary>
public sealed class Citizen : IVersioned
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

    public int Version { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}

public static class TargetGroupNames
{
    public static string Danish(TargetGroup group) => group switch
    {
        TargetGroup.Ressourceforloeb => "Ressourceforløb",
        TargetGroup.KontanthjaelpTwoYears => "Kontanthjælp i mindst 2 år",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };
}
