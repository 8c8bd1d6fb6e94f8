namespace Vc2.Platform.Users;

/// <summary>
/// Who is asking, for the length of one request or one command. The web layer fills it from the login; the CLI
/// and the demo-data generator use <see cref="AsSystem"/>. A new instance may see nothing: tenancy fails closed.
/// </summary>
public sealed class CurrentUser
{
    private readonly List<RoleMembership> _memberships = [];

    /// <summary>The company's door, asked for by a company page (<see cref="ReadAsCompanyContact"/>).</summary>
    private bool _companyDoor;

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

    /// <summary>The job centres a mentor, citizen or company contact belongs to through their party role.</summary>
    public List<Guid> PartyJobCentreIds { get; private set; } = [];

    /// <summary>Which door of tenancy this user reads through (<see cref="UserScope"/>): chosen once from the login, so
    /// that one named filter per door decides what a row shows (ADR 0002). Staff (and anyone not signed in) unless the
    /// user is the system or holds only a party role.</summary>
    public UserScope Scope =>
        IsSystem ? UserScope.System
        : CitizenJobCentreIds.Count > 0 || IsNational ? UserScope.Staff
        : _companyDoor ? UserScope.Company
        : CitizenId is not null ? UserScope.Citizen
        : CompanyMentorId is not null ? UserScope.Mentor
        : CompanyId is not null ? UserScope.Company
        : UserScope.Staff;

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

    /// <summary>
    /// A person who is both a company's mentor and its contact person (ADR 0028) holds two party records but reads through
    /// one door: the mentor's, unless a page of the company (its overview, an agreement the company accepts) asks for the
    /// company's for the rest of the request. Only a party user with a company record of their own can; for anyone else
    /// nothing changes. It widens nothing: the company's door shows what the same person sees as the contact alone.
    /// </summary>
    /// <returns>Whether the request now reads through the company's door.</returns>
    public bool ReadAsCompanyContact()
    {
        if (IsSystem || CitizenJobCentreIds.Count > 0 || IsNational || CompanyId is null)
        {
            return false;
        }

        _companyDoor = true;
        return true;
    }

    public void SignIn(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _companyDoor = false;
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
        PartyJobCentreIds = _memberships
            .Where(m => m.Role is Role.Citizen or Role.CompanyMentor or Role.CompanyContact && m.JobCentreId is not null)
            .Select(m => m.JobCentreId!.Value)
            .Distinct()
            .ToList();
    }

    /// <summary>The holder of a personal link, for the rest of the request that proved it: the token names one party
    /// (a mentor, a citizen or a company) in one job centre, and from here on only that party's own filter decides what
    /// is read, as if they had logged in — whoever was signed in before.</summary>
    public void HoldLinkOf(UserScope party, Guid subjectId, Guid jobCentreId)
    {
        if (IsSystem)
        {
            throw new InvalidOperationException("Systemet bruger ikke personlige links.");
        }

        _memberships.Clear();
        CitizenJobCentreIds = [];
        _companyDoor = false;
        (CitizenId, CompanyMentorId, CompanyId) = party switch
        {
            UserScope.Citizen => ((Guid?)subjectId, (Guid?)null, (Guid?)null),
            UserScope.Mentor => (null, subjectId, null),
            UserScope.Company => (null, null, subjectId),
            _ => throw new ArgumentOutOfRangeException(nameof(party)),
        };
        PartyJobCentreIds = [jobCentreId];
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

/// <summary>The doors of tenancy: who a user is to the data. Each has a named query filter of its own (ADR 0002).</summary>
public enum UserScope
{
    /// <summary>The CLI and background work: every row.</summary>
    System,

    /// <summary>Job centre staff, the agency and evaluators, and anyone not signed in: their job centres' rows.</summary>
    Staff,

    /// <summary>A citizen: their own records.</summary>
    Citizen,

    /// <summary>A company mentor: the placements they mentor and what belongs to them.</summary>
    Mentor,

    /// <summary>A company's contact person: the company's own contracts and placements.</summary>
    Company,
}
