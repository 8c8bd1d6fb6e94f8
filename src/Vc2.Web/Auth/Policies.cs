using Microsoft.AspNetCore.Authorization;
using Vc2.Platform.Users;

namespace Vc2.Web.Auth;

/// <summary>Who may use which part of VC2. Roles come from the database at every request (see
/// <see cref="Vc2ClaimsTransformation"/>), so a changed membership takes effect at once.</summary>
public static class Policies
{
    /// <summary>Staff who work with the personal data of their job centre's citizens.</summary>
    public const string CitizenData = nameof(CitizenData);

    public const string ProjectLeader = nameof(ProjectLeader);

    /// <summary>The agency and evaluators: every job centre, aggregates only.</summary>
    public const string National = nameof(National);

    public const string OwnData = nameof(OwnData);

    /// <summary>The agency alone: registers and the code table.</summary>
    public const string Agency = nameof(Agency);

    /// <summary>The grant statements: the project leader for their job centre, the agency for all.</summary>
    public const string Grants = nameof(Grants);

    /// <summary>The company mentor and the citizen, who answer progress measurements asked of them.</summary>
    public const string Respondent = nameof(Respondent);

    /// <summary>The company mentor's own VC2 (ADR 0023).</summary>
    public const string Mentor = nameof(Mentor);

    /// <summary>The company contact's own VC2 (ADR 0023).</summary>
    public const string CompanyContact = nameof(CompanyContact);

    /// <summary>The parties of a work agreement outside the job centre: the citizen, the mentor and the company contact.</summary>
    public const string Party = nameof(Party);

    /// <summary>A job centre's progress figures: its project leader, and the agency and evaluators for all.</summary>
    public const string ProgressFigures = nameof(ProgressFigures);

    /// <summary>Steering pages (holdepunkter, project organisation, mentor network): the project leader for their job
    /// centre, the agency and evaluators for all (without citizens' names).</summary>
    public const string Steering = nameof(Steering);

    /// <summary>The staff list: the agency for all, the project leader for their job centre.</summary>
    public const string Staff = nameof(Staff);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(CitizenData, p => p.RequireRole(
            RoleNames.ClaimValue(Role.ProjectLeader), RoleNames.ClaimValue(Role.Caseworker), RoleNames.ClaimValue(Role.JobConsultant)));
        options.AddPolicy(ProjectLeader, p => p.RequireRole(RoleNames.ClaimValue(Role.ProjectLeader)));
        options.AddPolicy(National, p => p.RequireRole(RoleNames.ClaimValue(Role.Agency), RoleNames.ClaimValue(Role.Evaluator)));
        options.AddPolicy(Grants, p => p.RequireRole(RoleNames.ClaimValue(Role.ProjectLeader), RoleNames.ClaimValue(Role.Agency)));
        options.AddPolicy(Agency, p => p.RequireRole(RoleNames.ClaimValue(Role.Agency)));
        options.AddPolicy(Staff, p => p.RequireRole(RoleNames.ClaimValue(Role.ProjectLeader), RoleNames.ClaimValue(Role.Agency)));
        options.AddPolicy(Respondent, p => p.RequireRole(RoleNames.ClaimValue(Role.CompanyMentor), RoleNames.ClaimValue(Role.Citizen)));
        options.AddPolicy(ProgressFigures, p => p.RequireRole(
            RoleNames.ClaimValue(Role.ProjectLeader), RoleNames.ClaimValue(Role.Agency), RoleNames.ClaimValue(Role.Evaluator)));
        options.AddPolicy(Steering, p => p.RequireRole(
            RoleNames.ClaimValue(Role.ProjectLeader), RoleNames.ClaimValue(Role.Agency), RoleNames.ClaimValue(Role.Evaluator)));
        options.AddPolicy(OwnData, p => p.RequireRole(RoleNames.ClaimValue(Role.Citizen)));
        options.AddPolicy(Mentor, p => p.RequireRole(RoleNames.ClaimValue(Role.CompanyMentor)));
        options.AddPolicy(CompanyContact, p => p.RequireRole(RoleNames.ClaimValue(Role.CompanyContact)));
        options.AddPolicy(Party, p => p.RequireRole(
            RoleNames.ClaimValue(Role.Citizen), RoleNames.ClaimValue(Role.CompanyMentor), RoleNames.ClaimValue(Role.CompanyContact)));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
