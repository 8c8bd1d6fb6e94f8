using Microsoft.EntityFrameworkCore;

namespace Vc2.Platform.Data;

/// <summary>
/// The names of the five query filters every table of personal data carries (ADR 0002; defined in
/// <see cref="TenancyFilters"/>), and the one way to turn one off by name. <see cref="PersonalData"/> limits staff to
/// their job centres' rows; <see cref="Citizen"/>, <see cref="Mentor"/> and <see cref="Company"/> limit each party to
/// their own; all are on for every query. <see cref="National"/> lets the agency and evaluators see every job centre and
/// everyone else what their own filter allows; it only matters where a slice turns the staff filter off with
/// <see cref="Nationally"/>. A slice that reads nationally returns counts, codes and pseudonymised rows only — never
/// names.
/// </summary>
public static class Tenancy
{
    public const string PersonalData = "tenancy:personal-data";

    public const string National = "tenancy:national";

    /// <summary>A citizen's own records (<see cref="TenancyFilters"/>).</summary>
    public const string Citizen = "tenancy:citizen";

    /// <summary>A company mentor's placements and what belongs to them.</summary>
    public const string Mentor = "tenancy:mentor";

    /// <summary>A company contact's company, contracts and the placements running there.</summary>
    public const string Company = "tenancy:company";

    /// <summary>Reads under the national filter: every job centre's rows for the agency and evaluators, the user's own
    /// job centres' rows for anyone else. Never a way around tenancy: the national filter still applies.</summary>
    public static IQueryable<T> Nationally<T>(this IQueryable<T> query)
        where T : class => query.IgnoreQueryFilters([PersonalData]);

    /// <summary>The job centres whose rows the national filter shows the user: every one for the system, the agency and
    /// evaluators, the user's own for staff, none for anyone else. (Job centres themselves are not personal data.)</summary>
    public static IQueryable<JobCentres.JobCentre> JobCentresInView(this Vc2Db db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = db.CurrentUser;
        var all = user.IsSystem || user.IsNational;
        var own = user.CitizenJobCentreIds;
        return db.JobCentres.Where(j => all || own.Contains(j.Id));
    }
}
