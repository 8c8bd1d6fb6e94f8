using System.Security.Cryptography;
using System.Text;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>How a party's acceptance of a work agreement was given.</summary>
public enum AcceptanceWay
{
    /// <summary>By the party themselves, logged in to VC2.</summary>
    InVc2 = 1,

    /// <summary>By the party themselves, through a personal link sent to them.</summary>
    Link = 2,

    /// <summary>Signed on paper; registered by the job centre with the date of the signature.</summary>
    Paper = 3,
}

/// <summary>
/// One party's acceptance of one version of a work agreement (ADR 0023): who, when, how, and the exact text they
/// accepted — the <see cref="AgreementText.Hash"/> of the version as it was shown to them. The agreement is
/// "indgået mellem borger, virksomhed og jobcenter": the citizen and the company accept it themselves in VC2 or through
/// a link; a paper signature is registered by the caseworker, marked as such.
/// </summary>
public sealed class AgreementAcceptance : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid AgreementId { get; set; }

    public AgreementParty Party { get; set; }

    public AcceptanceWay Way { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The person who accepted (for the company: the mentor or the company's contact person).</summary>
    public required string By { get; set; }

    /// <summary>The VC2 user who accepted or registered the acceptance.</summary>
    public Guid? ByUserId { get; set; }

    /// <summary>The day of a paper signature.</summary>
    public DateOnly? SignedOn { get; set; }

    /// <summary>SHA-256 of the version's text (<see cref="AgreementText"/>), as the party saw it.</summary>
    public required string TextHash { get; set; }
}

/// <summary>The text of a work agreement version as one canonical string, and its hash: what an acceptance names.</summary>
public static class AgreementText
{
    public static string Of(WorkAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var text = new StringBuilder()
            .Append("Arbejdsaftale version ").Append(agreement.Number).Append('\n')
            .Append("1. ").Append(agreement.LongTermGoal).Append('\n')
            .Append("2. ").Append(agreement.PlacementGoal).Append('\n')
            .Append("3. ").Append(agreement.TasksAndHours).Append('\n')
            .Append("4. ").Append(agreement.MentorRole).Append('\n');
        foreach (var goal in agreement.SubGoals.OrderBy(g => g.Order))
        {
            text.Append("Delmål ").Append(goal.Order).Append(": ").Append(goal.Text).Append('\n');
        }

        // The template's extra sections (ADR 0024). An agreement without any has the text it had before they existed, so
        // the acceptances given then still match.
        foreach (var section in agreement.Sections.OrderBy(s => s.Order))
        {
            text.Append(section.Title).Append(": ").Append(section.Text).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of <see cref="Of"/> (UTF-8).</summary>
    public static string Hash(WorkAgreement agreement) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(agreement))));

    /// <summary>The first 12 characters, for people to compare by eye ("kontrolsum").</summary>
    public static string Checksum(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return hash[..Math.Min(12, hash.Length)];
    }
}

public static class AcceptanceWayNames
{
    public static string Danish(AcceptanceWay way) => way switch
    {
        AcceptanceWay.InVc2 => "i VC2",
        // The party accepted in VC2 themselves, signed in by a link sent to them (not at the desk, not on paper).
        AcceptanceWay.Link => "i VC2 via personligt link",
        AcceptanceWay.Paper => "på papir",
        _ => "ukendt",
    };
}
