using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Audit;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.CaseWork.FollowUps;
using Vc2.Platform.JobCentres;
using Vc2.Steering.Overview;
using Vc2.CaseWork.Outcomes;
using Vc2.Money.Payments;
using Vc2.CaseWork.Placements;
using Vc2.Money.Registers;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data;

/// <summary>
/// The one database of VC2. Tenancy is a query filter on every table of personal data, so that a query that forgets
/// to limit itself to the user's job centres still cannot leak (ADR 0002). One subclass per provider holds that
/// provider's migrations.
/// </summary>
public abstract class Vc2Db : DbContext, IDataProtectionKeyContext
{
    private readonly CurrentUser _user;

    protected Vc2Db(DbContextOptions options, CurrentUser user)
        : base(options)
    {
        _user = user;
    }

    public DbSet<JobCentre> JobCentres => Set<JobCentre>();

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

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<Outcome> Outcomes => Set<Outcome>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<BenefitWeek> BenefitWeeks => Set<BenefitWeek>();

    public DbSet<HoursWeek> HoursWeeks => Set<HoursWeek>();

    public DbSet<BenefitCode> BenefitCodes => Set<BenefitCode>();

    public DbSet<TargetGroupCheck> TargetGroupChecks => Set<TargetGroupCheck>();

    public DbSet<PaymentRequest> PaymentRequests => Set<PaymentRequest>();

    public DbSet<Money.Grants.StatementSnapshot> StatementSnapshots => Set<Money.Grants.StatementSnapshot>();

    public DbSet<CaseWork.Progress.Measurement> Measurements => Set<CaseWork.Progress.Measurement>();

    public DbSet<CaseWork.Progress.MeasurementRequest> MeasurementRequests => Set<CaseWork.Progress.MeasurementRequest>();

    public DbSet<Platform.Outbox.OutboxMessage> Outbox => Set<Platform.Outbox.OutboxMessage>();

    public DbSet<Steering.Organisation.GroupMember> GroupMembers => Set<Steering.Organisation.GroupMember>();

    public DbSet<Steering.Organisation.ProjectPlan> ProjectPlans => Set<Steering.Organisation.ProjectPlan>();

    public DbSet<Steering.MentorNetwork.MentorCourse> MentorCourses => Set<Steering.MentorNetwork.MentorCourse>();

    public DbSet<Steering.MentorNetwork.NetworkMeeting> NetworkMeetings => Set<Steering.MentorNetwork.NetworkMeeting>();

    public DbSet<Steering.Evaluation.EvaluationSnapshot> EvaluationSnapshots => Set<Steering.Evaluation.EvaluationSnapshot>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public CurrentUser CurrentUser => _user;

    // Read by the query filters for each query, so one model serves every user.
    private bool Unrestricted => _user.IsSystem;

    private List<Guid> VisibleJobCentreIds => _user.CitizenJobCentreIds;

    private Guid? OwnCitizenId => _user.CitizenId;

    private Guid? OwnMentorId => _user.CompanyMentorId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<JobCentre>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.MunicipalityNumber).HasMaxLength(3);
            e.HasIndex(x => x.MunicipalityNumber).IsUnique();
        });

        modelBuilder.Entity<AppUser>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.Email).HasMaxLength(200);
            e.HasIndex(x => x.UserName).IsUnique();
            e.HasMany(x => x.Memberships).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.CompanyMentorId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<RoleMembership>(e =>
        {
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.UserId, x.Role, x.JobCentreId }).IsUnique();
        });

        modelBuilder.Entity<Citizen>(e =>
        {
            e.Property(x => x.CprHash).HasMaxLength(64);
            e.Property(x => x.CprCipher).HasMaxLength(200);
            e.Property(x => x.FirstName).HasMaxLength(100);
            e.Property(x => x.LastName).HasMaxLength(100);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Email).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.TargetGroup).HasConversion<string>().HasMaxLength(40);
            e.Ignore(x => x.FullName);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.JobCentreId, x.CprHash }).IsUnique();
            e.HasIndex(x => x.CprHash);
            e.HasIndex(x => new { x.JobCentreId, x.LastName });
            e.Property(x => x.PersonalMentorName).HasMaxLength(200);
            e.Property(x => x.PersonalMentorContact).HasMaxLength(200);
            e.Property(x => x.LongTermJobGoal).HasMaxLength(2000);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CoordinatingCaseworkerId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(c => Unrestricted || VisibleJobCentreIds.Contains(c.JobCentreId) || c.Id == OwnCitizenId);
        });

        modelBuilder.Entity<Company>(e =>
        {
            e.Property(x => x.Cvr).HasMaxLength(8);
            e.Property(x => x.PNumber).HasMaxLength(10);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.PostalCode).HasMaxLength(4);
            e.Property(x => x.City).HasMaxLength(100);
            e.Property(x => x.Industry).HasMaxLength(200);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.JobCentreId, x.Cvr });
            foreach (var name in new[] { nameof(Company.ContactName), nameof(Company.ContactEmail), nameof(Company.FixedContactName), nameof(Company.FixedContactEmail), nameof(Company.FixedContactHours) })
            {
                e.Property(name).HasMaxLength(200);
            }

            e.Property(x => x.ContactPhone).HasMaxLength(40);
            e.Property(x => x.FixedContactPhone).HasMaxLength(40);
        });

        ConfigureCaseWork(modelBuilder);
        ConfigureRegisters(modelBuilder);
        ConfigureProgress(modelBuilder);
        ConfigureOrganisation(modelBuilder);

        modelBuilder.Entity<AuditEvent>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.Detail).HasMaxLength(1000);
            e.HasIndex(x => new { x.CitizenId, x.AtUtc });
            e.HasIndex(x => new { x.JobCentreId, x.AtUtc });
            e.HasQueryFilter(a => Unrestricted
                || (a.JobCentreId != null && VisibleJobCentreIds.Contains(a.JobCentreId.Value))
                || (a.CitizenId != null && a.CitizenId == OwnCitizenId));
        });

        foreach (var type in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(type.ClrType) && !OwnFilter.Contains(type.ClrType))
            {
                typeof(Vc2Db).GetMethod(nameof(FilterByTenant), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(type.ClrType).Invoke(this, [modelBuilder]);
            }

            if (typeof(IVersioned).IsAssignableFrom(type.ClrType))
            {
                modelBuilder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }

            // Ids are made in code (Guid v7); telling EF so makes a new record reached through a navigation an insert.
            if (type.FindPrimaryKey()?.Properties is [{ ClrType: var keyType } key] && keyType == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    /// <summary>Tables whose filter also lets citizens and mentors see what is their own (set in their configuration).</summary>
    private static readonly HashSet<Type> OwnFilter = [typeof(Citizen), typeof(CaseWork.Progress.Measurement), typeof(CaseWork.Progress.MeasurementRequest)];

    private void FilterByTenant<T>(ModelBuilder modelBuilder)
        where T : class, ITenantOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => Unrestricted || VisibleJobCentreIds.Contains(e.JobCentreId));

    private static void ConfigureCaseWork(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ExitStrategy>(e =>
        {
            e.Property(x => x.Target).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Steps).HasMaxLength(4000);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CitizenId, x.CreatedAtUtc });
        });

        modelBuilder.Entity<FrameworkContract>(e =>
        {
            e.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CompanyId, x.From });
        });

        modelBuilder.Entity<CompanyMentor>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Email).HasMaxLength(200);
            e.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Placement>(e =>
        {
            e.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.WeeklyHoursNow).HasPrecision(5, 2);
            e.Property(x => x.WeeklyHoursTarget).HasPrecision(5, 2);
            e.Property(x => x.FlexAttendance).HasMaxLength(1000);
            e.Property(x => x.FlexHours).HasMaxLength(1000);
            e.Property(x => x.FlexTasks).HasMaxLength(1000);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<FrameworkContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Mentors).WithOne().HasForeignKey(m => m.PlacementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CitizenId, x.Start });
            e.HasIndex(x => new { x.CompanyId, x.Start });
        });

        modelBuilder.Entity<MentorAssignment>(e =>
        {
            e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<WorkAgreement>(e =>
        {
            foreach (var name in new[] { nameof(WorkAgreement.LongTermGoal), nameof(WorkAgreement.PlacementGoal), nameof(WorkAgreement.TasksAndHours), nameof(WorkAgreement.MentorRole) })
            {
                e.Property(name).HasMaxLength(4000);
            }

            foreach (var name in new[] { nameof(WorkAgreement.CreatedBy), nameof(WorkAgreement.AcceptedByCitizenBy), nameof(WorkAgreement.AcceptedByCompanyBy), nameof(WorkAgreement.AcceptedByJobCentreBy) })
            {
                e.Property(name).HasMaxLength(200);
            }

            e.Ignore(x => x.IsAccepted);
            e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.SubGoals).WithOne().HasForeignKey(g => g.AgreementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.PlacementId, x.Number }).IsUnique();
        });

        modelBuilder.Entity<SubGoal>(e => e.Property(x => x.Text).HasMaxLength(1000));

        modelBuilder.Entity<FollowUp>(e =>
        {
            e.Property(x => x.Form).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Participants).HasMaxLength(1000);
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.HoursWorked).HasPrecision(5, 2);
            e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<WorkAgreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Assessments).WithOne().HasForeignKey(a => a.FollowUpId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.PlacementId, x.Date });
        });

        modelBuilder.Entity<SubGoalAssessment>(e =>
        {
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Comment).HasMaxLength(1000);
            e.HasOne<SubGoal>().WithMany().HasForeignKey(x => x.SubGoalId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Outcome>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Organisation).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.WeeklyHours).HasPrecision(5, 2);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.CitizenId, x.Start });
        });
    }

    private static void ConfigureRegisters(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ImportRun>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FileName).HasMaxLength(300);
            e.Property(x => x.FileHash).HasMaxLength(64);
            e.Property(x => x.StartedBy).HasMaxLength(200);
            e.Property(x => x.Problems).HasMaxLength(20000);
            e.HasIndex(x => new { x.Kind, x.StartedAtUtc });
        });

        modelBuilder.Entity<BenefitWeek>(e =>
        {
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
            e.HasOne<ImportRun>().WithMany().HasForeignKey(x => x.ImportRunId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CitizenId, x.Week });
            e.HasIndex(x => new { x.Week, x.ImportRunId });
        });

        modelBuilder.Entity<HoursWeek>(e =>
        {
            // Pieces of pay periods spread over weeks: four decimals, summed per week when read.
            e.Property(x => x.Hours).HasPrecision(9, 4);
            e.HasOne<ImportRun>().WithMany().HasForeignKey(x => x.ImportRunId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CitizenId, x.Week });
            e.HasIndex(x => new { x.Week, x.ImportRunId });
        });

        modelBuilder.Entity<TargetGroupCheck>(e =>
        {
            e.Property(x => x.Result).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.CheckedBy).HasMaxLength(200);
            e.Property(x => x.OverriddenBy).HasMaxLength(200);
            e.Property(x => x.OverrideReason).HasMaxLength(2000);
            e.Property(x => x.Evidence).HasMaxLength(4000);
            e.Ignore(x => x.InTargetGroup);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CitizenId, x.CheckedAtUtc });
        });

        modelBuilder.Entity<PaymentRequest>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.AuditorApproval).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.PaymentRequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Money.Grants.StatementSnapshot>(e =>
        {
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.Ruleset).HasMaxLength(40);
            e.Property(x => x.JobCentreIds).HasMaxLength(4000);
            e.HasIndex(x => x.CreatedAtUtc);
        });

        modelBuilder.Entity<PaymentEvent>(e =>
        {
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.By).HasMaxLength(200);
            e.Property(x => x.Comment).HasMaxLength(1000);
        });

        modelBuilder.Entity<BenefitCode>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(10);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Description).HasMaxLength(200);
            e.HasData(DefaultBenefitCodes.All.Select(c => new BenefitCode { Code = c.Code, Category = c.Category, Description = c.Description, Version = 1 }));
        });
    }

    private void ConfigureProgress(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseWork.Progress.Measurement>(e =>
        {
            e.Property(x => x.Respondent).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.InstrumentId).HasMaxLength(100);
            e.Property(x => x.AnsweredBy).HasMaxLength(200);
            e.Property(x => x.HoursPerWeek).HasPrecision(5, 2);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.MeasurementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CitizenId, x.Respondent, x.AnsweredOn });
            e.HasIndex(x => new { x.JobCentreId, x.AnsweredOn });
            e.HasQueryFilter(m => Unrestricted || VisibleJobCentreIds.Contains(m.JobCentreId)
                || m.CitizenId == OwnCitizenId // a citizen's right of access covers what others answered about them
                || (m.MentorId != null && m.MentorId == OwnMentorId));
        });

        modelBuilder.Entity<CaseWork.Progress.MeasurementScore>(e =>
        {
            e.Property(x => x.DimensionKey).HasMaxLength(60);
            e.HasIndex(x => new { x.MeasurementId, x.DimensionKey }).IsUnique();
        });

        modelBuilder.Entity<CaseWork.Progress.MeasurementRequest>(e =>
        {
            e.Property(x => x.Respondent).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.SentTo).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => new { x.CitizenId, x.Respondent });
            e.HasIndex(x => x.MentorId);
            e.HasQueryFilter(r => Unrestricted || VisibleJobCentreIds.Contains(r.JobCentreId)
                || (r.Respondent == CaseWork.Progress.Respondent.Citizen && r.CitizenId == OwnCitizenId)
                || (r.Respondent == CaseWork.Progress.Respondent.Mentor && r.MentorId != null && r.MentorId == OwnMentorId));
        });

        modelBuilder.Entity<Platform.Outbox.OutboxMessage>(e =>
        {
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.To).HasMaxLength(200);
            e.Property(x => x.Subject).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(4000);
            e.Property(x => x.Purpose).HasMaxLength(200);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.SentAtUtc, x.CreatedAtUtc });
        });
    }

    private static void ConfigureOrganisation(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Steering.Organisation.GroupMember>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Department).HasMaxLength(200);
            e.Property(x => x.Role).HasMaxLength(200);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Steering.Organisation.ProjectPlan>(e =>
        {
            e.Property(x => x.ProjectLeader).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            foreach (var name in new[]
                     {
                         nameof(Steering.Organisation.ProjectPlan.Purpose), nameof(Steering.Organisation.ProjectPlan.SuccessCriteria), nameof(Steering.Organisation.ProjectPlan.Activities),
                         nameof(Steering.Organisation.ProjectPlan.Results), nameof(Steering.Organisation.ProjectPlan.Timeline), nameof(Steering.Organisation.ProjectPlan.ResponsibilityPerHoldepunkt),
                         nameof(Steering.Organisation.ProjectPlan.Referral), nameof(Steering.Organisation.ProjectPlan.CompanyKinds), nameof(Steering.Organisation.ProjectPlan.Organisation),
                         nameof(Steering.Organisation.ProjectPlan.LeadershipAndRehabilitationTeam),
                     })
            {
                e.Property(name).HasMaxLength(8000);
            }

            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.JobCentreId, x.Number }).IsUnique();
        });

        modelBuilder.Entity<Steering.Evaluation.EvaluationSnapshot>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.DataHash).HasMaxLength(64);
            e.HasIndex(x => x.CreatedAtUtc);
        });

        modelBuilder.Entity<Steering.MentorNetwork.MentorCourse>(e =>
        {
            e.Property(x => x.Content).HasMaxLength(2000);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Steering.MentorNetwork.CourseParticipant>(e =>
        {
            e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CourseId, x.MentorId }).IsUnique();
        });

        modelBuilder.Entity<Steering.MentorNetwork.NetworkMeeting>(e =>
        {
            e.Property(x => x.Topic).HasMaxLength(2000);
            e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Steering.MentorNetwork.MeetingAttendee>(e =>
        {
            e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.MeetingId, x.MentorId }).IsUnique();
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
