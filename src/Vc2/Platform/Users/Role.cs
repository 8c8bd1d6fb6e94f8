namespace Vc2.Platform.Users;

/// <summary>The roles of VC2. Danish names are in <see cref="RoleNames"/>; the glossary maps them.</summary>
public enum Role
{
    ProjectLeader = 1,
    Caseworker = 2,
    JobConsultant = 3,
    CompanyMentor = 4,
    Citizen = 5,
    Agency = 6,
    Evaluator = 7,

    /// <summary>The company's own contact person for the programme (ADR 0023): sees the company's contract, places and
    /// the citizens placed now (first name and mentor), and accepts work agreements for the company.</summary>
    CompanyContact = 8,
}

public static class RoleNames
{
    /// <summary>The role names as they appear in role claims from an identity provider and in the UI.</summary>
    public static string ClaimValue(Role role) => role switch
    {
        Role.ProjectLeader => "projektleder",
        Role.Caseworker => "koordinerende-sagsbehandler",
        Role.JobConsultant => "jobkonsulent",
        Role.CompanyMentor => "virksomhedsmentor",
        Role.Citizen => "borger",
        Role.Agency => "styrelse",
        Role.Evaluator => "evaluator",
        Role.CompanyContact => "virksomhedskontakt",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string Danish(Role role) => role switch
    {
        Role.ProjectLeader => "Projektleder",
        Role.Caseworker => "Koordinerende sagsbehandler",
        Role.JobConsultant => "Jobkonsulent (virksomhedskontakt)",
        Role.CompanyMentor => "Virksomhedsmentor",
        Role.Citizen => "Borger",
        Role.Agency => "Styrelsen",
        Role.Evaluator => "Evaluator",
        Role.CompanyContact => "Virksomhedens kontaktperson",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParseClaim(string? value, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(ClaimValue(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Roles that work with the personal data of their job centre's citizens.</summary>
    public static bool SeesCitizensOfJobCentre(Role role) =>
        role is Role.ProjectLeader or Role.Caseworker or Role.JobConsultant;

    /// <summary>The parties outside the job centre's desk (ADR 0023): they see their own course, citizens or company.</summary>
    public static bool IsParty(Role role) => role is Role.CompanyMentor or Role.Citizen or Role.CompanyContact;

    /// <summary>Roles that belong to no job centre: they see every job centre, but only aggregates.</summary>
    public static bool IsNational(Role role) => role is Role.Agency or Role.Evaluator;
}
