namespace Vc2.Platform.Users;

/// <summary>
/// Who is asking, for the length of one request or one command. The web layer fills it from the login; the CLI
/// and the demo-data generator use <see cref="AsSystem"/>. A new instance may see nothing: tenancy fails closed.
/// </summary>
public sealed class CurrentUser
{
    private readonly List<RoleMembership> _memberships = [];

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; } = "anonym";

    public string DisplayName { get; private set; } = "Anonym";

    /// <summary>For a citizen's own login: their citizen record.</summary>
    public Guid? CitizenId { get; private set; }

    /// <summary>For a company mentor's own login: their mentor record.</summary>
    public Guid? CompanyMentorId { get; private set; }

    /// <summary>For a company contact's own login: their company record.</summary>
    public Guid? CompanyId { get; private set; }

    /// <summary>True for the CLI and background work, which are not limited to one job centre.</summary>
    public bool IsSystem { get; private set; }

    /// <summary>The page or endpoint being served, for the audit log.</summary>
    public string Source { get; set; } = "ukendt";

    public bool IsAuthenticated => UserId is not null || IsSystem;

    public IReadOnlyList<RoleMembership> Memberships => _memberships;

    /// <summary>The job centres whose citizens this user may see (project leader, caseworker, job consultant).</summary>
    public List<Guid> CitizenJobCentreIds { get; private set; } = [];

    /// <summary>The agency or an evaluator: every job centre, aggregates only.</summary>
    public bool IsNational => _memberships.Any(m => RoleNames.IsNational(m.Role));

    public bool HasRole(Role role) => _memberships.Any(m => m.Role == role);

    public bool HasRole(Role role, Guid jobCentreId) => _memberships.Any(m => m.Role == role && m.JobCentreId == jobCentreId);

    /// <summary>May read what a job centre keeps that is not a citizen's personal data (project organisation, plan,
    /// mentor network): its staff, the agency and evaluators.</summary>
    public bool SeesJobCentre(Guid jobCentreId) => IsSystem || CitizenJobCentreIds.Contains(jobCentreId) || IsNational;

    /// <summary>Leads the job centre's project (its project leader): may change its organisation, plan and mentor network.</summary>
    public bool LeadsJobCentre(Guid jobCentreId) => IsSystem || HasRole(Role.ProjectLeader, jobCentreId);

    public IEnumerable<Role> Roles => _memberships.Select(m => m.Role).Distinct().Order();

    public void SignIn(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        UserId = user.Id;
        UserName = user.UserName;
        DisplayName = user.DisplayName;
        CitizenId = user.Memberships.Any(m => m.Role == Role.Citizen) ? user.CitizenId : null;
        CompanyMentorId = user.Memberships.Any(m => m.Role == Role.CompanyMentor) ? user.CompanyMentorId : null;
        CompanyId = user.Memberships.Any(m => m.Role == Role.CompanyContact) ? user.CompanyId : null;
        _memberships.Clear();
        _memberships.AddRange(user.Memberships);
        CitizenJobCentreIds = _memberships
            .Where(m => RoleNames.SeesCitizensOfJobCentre(m.Role) && m.JobCentreId is not null)
            .Select(m => m.JobCentreId!.Value)
            .Distinct()
            .ToList();
    }

    public CurrentUser AsSystem(string name)
    {
        IsSystem = true;
        UserName = name;
        DisplayName = name;
        Source = name;
        return this;
    }
}
