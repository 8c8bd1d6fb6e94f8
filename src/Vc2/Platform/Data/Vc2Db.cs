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
/// The one database of VC2: its sets and the values its tenancy filters read. How each entity is stored is configured
/// beside the entity (an <see cref="IEntityTypeConfiguration{TEntity}"/> in its feature folder); who sees which row is
/// decided by the named filters of <see cref="TenancyFilters"/> (ADR 0002); what every save does is in the save
/// interceptors (<see cref="SaveRules"/>, the audit's batching, the national figures' marks), registered with the
/// options. One subclass per provider holds its migrations.
/// </summary>
public abstract class Vc2Db : DbContext, IDataProtectionKeyContext
{
    private readonly TimeProvider _clock;

    protected Vc2Db(DbContextOptions options, CurrentUser user, TimeProvider? clock)
        : base(options)
    {
        CurrentUser = user;
        _clock = clock ?? TimeProvider.System;
    }

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

    public CurrentUser CurrentUser { get; }

    // Read by the query filters on each query (EF puts the current context's values in as parameters), so one model
    // serves every user.
    internal UserScope Scope => CurrentUser.Scope;

    internal bool NationalAccess => CurrentUser.IsNational;

    internal List<Guid> VisibleJobCentreIds => CurrentUser.CitizenJobCentreIds;

    internal List<Guid> PartyJobCentreIds => CurrentUser.PartyJobCentreIds;

    internal Guid? OwnCitizenId => CurrentUser.CitizenId;

    internal Guid? OwnMentorId => CurrentUser.CompanyMentorId;

    internal Guid? OwnCompanyId => CurrentUser.CompanyId;

    /// <summary>Today in Denmark: a mentor sees a placement's agreement and follow-ups while they mentor it.</summary>
    internal DateOnly Today => Common.Today.In(_clock);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(Vc2Db).Assembly);
        TenancyFilters.Apply(modelBuilder, this);
        ModelConventions.Apply(modelBuilder);
    }
}
