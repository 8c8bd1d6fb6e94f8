using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Placements;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Audit;
using Vc2.Platform.Users;
using Vc2.Steering.MentorNetwork;

namespace Vc2.Platform.Data;

/// <summary>
/// Every door of tenancy, in one place (ADR 0002). Each table of personal data carries five named query filters, one per
/// way of seeing it, all on for every query:
/// <list type="bullet">
/// <item><see cref="Tenancy.PersonalData"/> — staff: the rows of the user's job centres;</item>
/// <item><see cref="Tenancy.National"/> — the agency and evaluators: every job centre, once a slice turns the first off
/// with <see cref="Tenancy.Nationally"/>;</item>
/// <item><see cref="Tenancy.Citizen"/>, <see cref="Tenancy.Mentor"/>, <see cref="Tenancy.Company"/> — the parties
/// outside the desk: their own records, as listed in <see cref="Apply"/>.</item>
/// </list>
/// Which filter limits a query is chosen from <see cref="CurrentUser.Scope"/>: every filter passes the rows of the doors
/// that are not its own, so a user is limited by exactly one, and a table that names no scope for a party shows that
/// party nothing. The system (CLI, background work) passes them all.
/// </summary>
internal static class TenancyFilters
{
    public static void Apply(ModelBuilder modelBuilder, Vc2Db db)
    {
        var f = new Builder(modelBuilder, db);
        PeopleAndPlacements(f);
        AgreementsAndFollowUps(f);
        MeasurementsNetworkAndLog(f);

        // Every other table a job centre owns: its staff only; no party sees any of it.
        foreach (var type in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.GetDeclaredQueryFilters().Count == 0).ToList())
        {
            typeof(Builder).GetMethod(nameof(Builder.Owned))!.MakeGenericMethod(type.ClrType).Invoke(f, []);
        }
    }

    private static void PeopleAndPlacements(Builder f)
    {
        // A citizen: their own record, placements, agreements, exit strategy, measurements and access log; the companies
        // and mentors of their placements (to reach them).
        // A mentor: their own record and company; the placements they have mentored and those citizens (history: who,
        // where, when); the agreements and follow-ups only of the placements they mentor now; their job centre's mentor
        // courses and network meetings; what they answered and what is asked of them.
        // A company contact: their company, its contracts and mentors; the placements running there now and those
        // citizens; those placements' agreements.
        f.Table<Citizen>(c => c.JobCentreId,
            citizen: (d, c) => c.Id == d.OwnCitizenId,
            mentor: (d, c) => d.Placements.Any(p => p.CitizenId == c.Id && p.Mentors.Any(a => a.MentorId == d.OwnMentorId)),
            company: (d, c) => d.Placements.Any(p => p.CitizenId == c.Id && p.CompanyId == d.OwnCompanyId && (p.ActualEnd == null || p.ActualEnd >= d.Today)));
        f.Table<Placement>(p => p.JobCentreId,
            citizen: (d, p) => p.CitizenId == d.OwnCitizenId,
            mentor: (d, p) => p.Mentors.Any(a => a.MentorId == d.OwnMentorId),
            company: (d, p) => p.CompanyId == d.OwnCompanyId && (p.ActualEnd == null || p.ActualEnd >= d.Today));
        f.Table<Company>(k => k.JobCentreId,
            citizen: (d, k) => d.Placements.Any(p => p.CompanyId == k.Id && p.CitizenId == d.OwnCitizenId),
            mentor: (d, k) => d.Mentors.Any(m => m.Id == d.OwnMentorId && m.CompanyId == k.Id),
            company: (d, k) => k.Id == d.OwnCompanyId);
        f.Table<CompanyMentor>(m => m.JobCentreId,
            citizen: (d, m) => d.Placements.Any(p => p.CitizenId == d.OwnCitizenId && p.Mentors.Any(a => a.MentorId == m.Id)),
            mentor: (d, m) => m.Id == d.OwnMentorId,
            company: (d, m) => m.CompanyId == d.OwnCompanyId);
        f.Table<FrameworkContract>(c => c.JobCentreId, company: (d, c) => c.CompanyId == d.OwnCompanyId);
    }

    private static void AgreementsAndFollowUps(Builder f)
    {
        f.Table<WorkAgreement>(a => a.JobCentreId,
            citizen: (d, a) => d.Placements.Any(p => p.Id == a.PlacementId && p.CitizenId == d.OwnCitizenId),
            mentor: (d, a) => d.Placements.Any(p => p.Id == a.PlacementId && (p.ActualEnd == null || p.ActualEnd >= d.Today)
                                                    && p.Mentors.Any(m => m.MentorId == d.OwnMentorId && (m.To == null || m.To >= d.Today))),
            company: (d, a) => d.Placements.Any(p => p.Id == a.PlacementId && p.CompanyId == d.OwnCompanyId && (p.ActualEnd == null || p.ActualEnd >= d.Today)));

        // An acceptance shows with its agreement, to whoever sees that (the agreement's own filters apply inside).
        f.Table<AgreementAcceptance>(x => x.JobCentreId,
            citizen: (d, x) => d.Agreements.Any(a => a.Id == x.AgreementId),
            mentor: (d, x) => d.Agreements.Any(a => a.Id == x.AgreementId),
            company: (d, x) => d.Agreements.Any(a => a.Id == x.AgreementId));
        f.Table<FollowUp>(x => x.JobCentreId,
            mentor: (d, x) => d.Placements.Any(p => p.Id == x.PlacementId && (p.ActualEnd == null || p.ActualEnd >= d.Today)
                                                    && p.Mentors.Any(m => m.MentorId == d.OwnMentorId && (m.To == null || m.To >= d.Today))));
    }

    private static void MeasurementsNetworkAndLog(Builder f)
    {
        f.Table<ExitStrategy>(e => e.JobCentreId, citizen: (d, e) => e.CitizenId == d.OwnCitizenId);
        f.Table<ExitStrategyComment>(e => e.JobCentreId, citizen: (d, e) => e.CitizenId == d.OwnCitizenId);
        f.Table<Measurement>(m => m.JobCentreId,
            citizen: (d, m) => m.CitizenId == d.OwnCitizenId,
            mentor: (d, m) => m.MentorId != null && m.MentorId == d.OwnMentorId);
        f.Table<MeasurementRequest>(r => r.JobCentreId,
            citizen: (d, r) => r.Respondent == Respondent.Citizen && r.CitizenId == d.OwnCitizenId,
            mentor: (d, r) => r.Respondent == Respondent.Mentor && r.MentorId != null && r.MentorId == d.OwnMentorId);
        f.Table<MentorCourse>(c => c.JobCentreId, mentor: (d, c) => d.PartyJobCentreIds.Contains(c.JobCentreId));
        f.Table<NetworkMeeting>(m => m.JobCentreId, mentor: (d, m) => d.PartyJobCentreIds.Contains(m.JobCentreId));
        f.Table<MentorEventAnswer>(a => a.JobCentreId, mentor: (d, a) => a.MentorId == d.OwnMentorId);

        // The access log: a citizen sees who looked at their data (right of access).
        f.Table<AuditEvent>(null, citizen: (d, a) => a.CitizenId != null && a.CitizenId == d.OwnCitizenId,
            staff: (d, a) => a.JobCentreId != null && d.VisibleJobCentreIds.Contains(a.JobCentreId.Value));
    }

    /// <summary>Puts the five filters on a table from the scopes given; a party without one sees nothing of it.</summary>
    private sealed class Builder(ModelBuilder modelBuilder, Vc2Db db)
    {
        public void Owned<T>()
            where T : class, ITenantOwned => Table<T>(e => e.JobCentreId);

        public void Table<T>(Expression<Func<T, Guid>>? jobCentre, Expression<Func<Vc2Db, T, bool>>? citizen = null,
            Expression<Func<Vc2Db, T, bool>>? mentor = null, Expression<Func<Vc2Db, T, bool>>? company = null,
            Expression<Func<Vc2Db, T, bool>>? staff = null)
            where T : class
        {
            var row = Expression.Parameter(typeof(T), "row");
            var context = Expression.Constant(db, typeof(Vc2Db));
            var scope = Expression.Property(context, nameof(Vc2Db.Scope));
            var ownCentres = staff is not null
                ? Body(staff, context, row)
                : Expression.Call(Expression.Property(context, nameof(Vc2Db.VisibleJobCentreIds)), typeof(List<Guid>).GetMethod(nameof(List<Guid>.Contains))!,
                    Rebind(jobCentre!, row));

            // The door that is not the user's own lets every row through; the user's own door decides.
            Expression Door(UserScope door, Expression sees) =>
                Expression.OrElse(Expression.NotEqual(scope, Expression.Constant(door)), sees);

            var national = Expression.OrElse(Expression.Property(context, nameof(Vc2Db.NationalAccess)), ownCentres);
            var entity = modelBuilder.Entity<T>();
            entity.HasQueryFilter(Tenancy.PersonalData, Expression.Lambda<Func<T, bool>>(Door(UserScope.Staff, ownCentres), row));
            entity.HasQueryFilter(Tenancy.National, Expression.Lambda<Func<T, bool>>(Door(UserScope.Staff, national), row));
            entity.HasQueryFilter(Tenancy.Citizen, Expression.Lambda<Func<T, bool>>(Door(UserScope.Citizen, Sees(citizen, context, row)), row));
            entity.HasQueryFilter(Tenancy.Mentor, Expression.Lambda<Func<T, bool>>(Door(UserScope.Mentor, Sees(mentor, context, row)), row));
            entity.HasQueryFilter(Tenancy.Company, Expression.Lambda<Func<T, bool>>(Door(UserScope.Company, Sees(company, context, row)), row));
        }

        private static Expression Sees<T>(Expression<Func<Vc2Db, T, bool>>? scope, Expression context, ParameterExpression row) =>
            scope is null ? Expression.Constant(false) : Body(scope, context, row);

        // The scope's body with its context parameter bound to this context (EF puts the current context's values in
        // as parameters at each query, as for any filter that reads the context) and its row parameter to the filter's.
        private static Expression Body<T>(Expression<Func<Vc2Db, T, bool>> scope, Expression context, ParameterExpression row) =>
            new Replace(new Dictionary<ParameterExpression, Expression> { [scope.Parameters[0]] = context, [scope.Parameters[1]] = row }).Visit(scope.Body);

        private static Expression Rebind<T>(Expression<Func<T, Guid>> jobCentre, ParameterExpression row) =>
            new Replace(new Dictionary<ParameterExpression, Expression> { [jobCentre.Parameters[0]] = row }).Visit(jobCentre.Body);
    }

    private sealed class Replace(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.GetValueOrDefault(node) ?? node;
    }
}
