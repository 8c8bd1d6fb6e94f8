using Vc2.Platform.Users;

namespace Vc2.Steering.Organisation;

/// <summary>Who may see and change a job centre's project organisation, plan and mentor network: its project leader
/// changes; its staff, the agency and evaluators read. None of it is a citizen's personal data.</summary>
internal static class ProjectOrganisationAccess
{
    public static bool CanRead(CurrentUser user, Guid jobCentreId) =>
        user.IsSystem || user.CitizenJobCentreIds.Contains(jobCentreId) || user.IsNational;

    public static bool CanChange(CurrentUser user, Guid jobCentreId) => user.IsSystem || user.HasRole(Role.ProjectLeader, jobCentreId);
}
