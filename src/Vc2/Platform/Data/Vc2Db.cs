using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Placements;
using Vc2.CaseWork.Progress;
using Vc2.Money.Grants;
using Vc2.Money.Payments;
using Vc2.Money.Registers;
using Vc2.Platform.Audit;
using Vc2.Platform.JobCentres;
using Vc2.Platform.Links;
using Vc2.Platform.Outbox;
using Vc2.Platform.Users;
using Vc2.Steering.Evaluation;
using Vc2.Steering.MentorNetwork;
using Vc2.Steering.Organisation;

namespace Vc2.Platform.Data;

/// <summary>
/// The one database of VC2: its sets, the tenancy filters and the rules of every save. How each entity is stored is
/// configured beside the entity (an <see cref="IEntityTypeConfiguration{TEntity}"/> in its feature folder). Tenancy is two
/// named query filters on every table of personal data (<see cref="Tenancy"/>, ADR 0002), so that a query that forgets
/// to limit itself to the user's job centres still cannot leak. One subclass per provider holds its migrations.
/// </summary>
public abstract class Vc2Db : DbContext, IDataProtectionKeyContext
{
    private readonly CurrentUser _user;
    private readonly AuditWriter? _auditWriter;

    protected Vc2Db(DbContextOptions options, CurrentUser user, AuditWriter? auditWriter)
        : base(options)
    {
        _user = user;
        _auditWriter = auditWriter;
    }

    /// <summary>The audit writer's own context: it saves the audit events it was handed itself.</summary>
    internal bool WritesAuditDirectly { get; set; }

    public DbSet<JobCentre> JobCentres => Set<JobCentre>();
    public DbSet<JobCentreCommitment> Commitments => Set<JobCentreCommitment>();
    public DbSet<AppUser> Users => Set<AppUser>();
    public DbSet<RoleMembership> RoleMemberships => Set<RoleMembership>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ExitStrategy> ExitStrategies => Set<ExitStrategy>();
    public DbSet<FrameworkContract> Contracts => Set<FrameworkContract>();
    public DbSet<CompanyMentor> Mentors => Set<CompanyMentor>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<WorkAgreement> Agreements => Set<WorkAgreement>();
    public DbSet<AgreementTemplate> AgreementTemplates => Set<AgreementTemplate>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<AgreementAcceptance> AgreementAcceptances => Set<AgreementAcceptance>();
    public DbSet<ExitStrategyComment> ExitStrategyComments => Set<ExitStrategyComment>();
    public DbSet<MentorEventAnswer> MentorEventAnswers => Set<MentorEventAnswer>();
    public DbSet<PartyLink> PartyLinks => Set<PartyLink>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportFileChunk> ImportFileChunks => Set<ImportFileChunk>();
    public DbSet<DatabaseLease> Leases => Set<DatabaseLease>();
    public DbSet<BenefitWeek> BenefitWeeks => Set<BenefitWeek>();
    public DbSet<HoursWeek> HoursWeeks => Set<HoursWeek>();
    public DbSet<BenefitCode> BenefitCodes => Set<BenefitCode>();
    public DbSet<TargetGroupCheck> TargetGroupChecks => Set<TargetGroupCheck>();
    public DbSet<PaymentRequest> PaymentRequests => Set<PaymentRequest>();
    public DbSet<AuditorApproval> AuditorApprovals => Set<AuditorApproval>();
    public DbSet<ImportRunPerson> ImportRunPersons => Set<ImportRunPerson>();
    public DbSet<StatementSnapshot> StatementSnapshots => Set<StatementSnapshot>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<InstrumentVersion> InstrumentVersions => Set<InstrumentVersion>();
    public DbSet<MeasurementRequest> MeasurementRequests => Set<MeasurementRequest>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<ProjectPlan> ProjectPlans => Set<ProjectPlan>();
    public DbSet<PlanComment> PlanComments => Set<PlanComment>();
    public DbSet<MentorCourse> MentorCourses => Set<MentorCourse>();
    public DbSet<NetworkMeeting> NetworkMeetings => Set<NetworkMeeting>();
    public DbSet<EvaluationSnapshot> EvaluationSnapshots => Set<EvaluationSnapshot>();

    public DbSet<ComparisonExtract> ComparisonExtracts => Set<ComparisonExtract>();

    public DbSet<ComparisonPerson> ComparisonPersons => Set<ComparisonPerson>();

    public DbSet<EvaluationAssessment> EvaluationAssessments => Set<EvaluationAssessment>();

    public DbSet<EvaluationFinding> EvaluationFindings => Set<EvaluationFinding>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Steering.Overview.JobCentreFigures> JobCentreFigures => Set<Steering.Overview.JobCentreFigures>();

    public CurrentUser CurrentUser => _user;

    // Read by the query filters on each query (EF puts the current context's values in as parameters), so one model
    // serves every user.
    private bool Unrestricted => _user.IsSystem;

    private bool NationalAccess => _user.IsNational;

    private List<Guid> VisibleJobCentreIds => _user.CitizenJobCentreIds;

    private Guid? OwnCitizenId => _user.CitizenId;

    private Guid? OwnMentorId => _user.CompanyMentorId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(Vc2Db).Assembly);

        // Tenancy. Citizens and mentors also see what is their own: a citizen their record and what others answered
        // about them (right of access), a mentor what they answered and what is asked of them.
        Filter<Citizen>(modelBuilder, c => Unrestricted || VisibleJobCentreIds.Contains(c.JobCentreId) || c.Id == OwnCitizenId);
        Filter<Measurement>(modelBuilder, m => Unrestricted || VisibleJobCentreIds.Contains(m.JobCentreId)
            || m.CitizenId == OwnCitizenId
            || (m.MentorId != null && m.MentorId == OwnMentorId));
        Filter<MeasurementRequest>(modelBuilder, r => Unrestricted || VisibleJobCentreIds.Contains(r.JobCentreId)
            || (r.Respondent == Respondent.Citizen && r.CitizenId == OwnCitizenId)
            || (r.Respondent == Respondent.Mentor && r.MentorId != null && r.MentorId == OwnMentorId));
        Filter<AuditEvent>(modelBuilder, a => Unrestricted
            || (a.JobCentreId != null && VisibleJobCentreIds.Contains(a.JobCentreId.Value))
            || (a.CitizenId != null && a.CitizenId == OwnCitizenId));

        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.GetDeclaredQueryFilters().Count == 0))
        {
            typeof(Vc2Db).GetMethod(nameof(FilterByJobCentre), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type.ClrType).Invoke(this, [modelBuilder]);
        }

        ModelConventions.Apply(modelBuilder);
    }

    private void FilterByJobCentre<T>(ModelBuilder modelBuilder)
        where T : class, ITenantOwned =>
        Filter<T>(modelBuilder, e => Unrestricted || VisibleJobCentreIds.Contains(e.JobCentreId));

    /// <summary>Both tenancy filters of a table: the personal-data filter as given, and the national filter = national
    /// access or the personal-data filter. Always both, so that <see cref="Tenancy.Nationally"/> is never unfiltered.</summary>
    private void Filter<T>(ModelBuilder modelBuilder, Expression<Func<T, bool>> personal)
        where T : class
    {
        var national = Expression.Lambda<Func<T, bool>>(
            Expression.OrElse(Expression.Property(Expression.Constant(this, typeof(Vc2Db)), NationalAccessProperty), personal.Body), personal.Parameters);
        modelBuilder.Entity<T>().HasQueryFilter(Tenancy.PersonalData, personal).HasQueryFilter(Tenancy.National, national);
    }

    private static readonly System.Reflection.PropertyInfo NationalAccessProperty =
        typeof(Vc2Db).GetProperty(nameof(NationalAccess), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        var changed = ChangedJobCentres();
        if (changed.None)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var count = base.SaveChanges(acceptAllChangesOnSuccess);
        MarkedChanged(changed).ExecuteUpdate(u => u.SetProperty(f => f.ChangeVersion, f => f.ChangeVersion + 1));
        transaction?.Commit();
        return count;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        if (_auditWriter is not null && !WritesAuditDirectly && Database.CurrentTransaction is null && NewAuditEventsOnly() is { Count: > 0 } events)
        {
            // A read's audit: written with other requests' in one transaction, and this request waits for it (ADR 0022).
            await _auditWriter.WriteAsync(events.Select(e => (AuditEvent)e.Entity).ToList(), cancellationToken);
            events.ForEach(e => e.State = EntityState.Detached);
            return events.Count;
        }

        var changed = ChangedJobCentres();
        if (changed.None)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The change and the mark that the centre's national figures are behind commit together (ADR 0019).
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await MarkedChanged(changed).ExecuteUpdateAsync(u => u.SetProperty(f => f.ChangeVersion, f => f.ChangeVersion + 1), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>Marks the national figures of every job centre behind (after a register import, which writes past the
    /// change tracker). Call it in the transaction that makes the change visible.</summary>
    public Task MarkAllJobCentresChangedAsync(CancellationToken ct) =>
        MarkedChanged(new Fed([], All: true)).ExecuteUpdateAsync(u => u.SetProperty(f => f.ChangeVersion, f => f.ChangeVersion + 1), ct);

    private IQueryable<Steering.Overview.JobCentreFigures> MarkedChanged(Fed changed) => changed.All
        ? JobCentreFigures.IgnoreQueryFilters()
        : JobCentreFigures.IgnoreQueryFilters().Where(f => changed.Ids.Contains(f.JobCentreId));

    /// <summary>The job centres a change feeds, or all of them.</summary>
    private sealed record Fed(List<Guid> Ids, bool All)
    {
        public bool None => !All && Ids.Count == 0;
    }

    /// <summary>Marks the national figures of the job centres behind that rows written past the change tracker feed
    /// (<see cref="BulkInsert"/>), by the same rule as a save. Call it in the transaction that writes them.</summary>
    internal async Task MarkChangedAsync(IEnumerable<object> written, CancellationToken ct)
    {
        var changed = JobCentresFed(written);
        if (!changed.None)
        {
            await MarkedChanged(changed).ExecuteUpdateAsync(u => u.SetProperty(f => f.ChangeVersion, f => f.ChangeVersion + 1), ct);
        }
    }

    /// <summary>The new audit events, when they are all this save holds; else none.</summary>
    private List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> NewAuditEventsOnly()
    {
        var pending = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        return pending.All(e => e is { Entity: AuditEvent, State: EntityState.Added }) ? pending : [];
    }

    /// <summary>The job centres whose figures this save changes (<see cref="JobCentresFed"/>).</summary>
    private Fed ChangedJobCentres() =>
        JobCentresFed(ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity));

    /// <summary>The job centres whose figures these records feed: the job centre of each record that feeds them. A
    /// record without a job centre of its own (a sub-goal, a mentor's course place, a benefit code) counts for the job
    /// centres the user works in; saved alone by a user who works in none (the system, the agency: the code table feeds
    /// every statement), for every job centre. Beside a record with a job centre (a measurement's scores) it is that
    /// record's. Logs, messages, keys, the agreement template and the figures themselves feed no figure.</summary>
    private Fed JobCentresFed(IEnumerable<object> records)
    {
        var ids = new HashSet<Guid>();
        var withoutCentre = false;
        foreach (var record in records)
        {
            switch (record)
            {
                case AuditEvent or OutboxMessage or DataProtectionKey or DatabaseLease or ImportRun or ImportFileChunk or ImportRunPerson
                    or StatementSnapshot or EvaluationSnapshot or AppUser or RoleMembership or Steering.Overview.JobCentreFigures or PartyLink
                    or AgreementTemplate or AgreementTemplateSection or ComparisonExtract or ComparisonPerson or EvaluationAssessment or EvaluationFinding:
                    break;
                case ITenantOwned owned:
                    ids.Add(owned.JobCentreId);
                    break;
                case JobCentre centre:
                    ids.Add(centre.Id);
                    break;
                case JobCentreCommitment commitment:
                    ids.Add(commitment.JobCentreId);
                    break;
                default:
                    withoutCentre = true;
                    break;
            }
        }

        if (withoutCentre && ids.Count == 0 && _user.CitizenJobCentreIds.Count == 0)
        {
            return new Fed([], All: true);
        }

        if (withoutCentre)
        {
            ids.UnionWith(_user.CitizenJobCentreIds);
        }

        return new Fed([.. ids], All: false);
    }

    private void PrepareSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit-loggen kan kun tilføjes til, ikke ændres eller slettes.");
            }

            if (entry.Entity is IVersioned versioned)
            {
                if (entry.State == EntityState.Added)
                {
                    versioned.Version = 1;
                }
                else if (entry.State == EntityState.Modified)
                {
                    // The original value (the version the user edited) is what the UPDATE's WHERE clause checks.
                    var property = entry.Property(nameof(IVersioned.Version));
                    property.CurrentValue = (int)property.OriginalValue! + 1;
                }
            }
        }
    }
}
