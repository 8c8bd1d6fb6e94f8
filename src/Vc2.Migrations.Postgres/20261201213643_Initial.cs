using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Vc2.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: true),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenefitCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitCodes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DataJson = table.Column<string>(type: "text", nullable: false),
                    DataHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstWeek = table.Column<int>(type: "integer", nullable: false),
                    LastWeek = table.Column<int>(type: "integer", nullable: false),
                    RowsRead = table.Column<long>(type: "bigint", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    PersonsMatched = table.Column<int>(type: "integer", nullable: false),
                    WeeksStored = table.Column<long>(type: "bigint", nullable: false),
                    Problems = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ProblemCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobCentres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MunicipalityNumber = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ExpectedParticipants = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobCentres", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatementSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Ruleset = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JobCentreIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ScenarioJson = table.Column<string>(type: "text", nullable: false),
                    StatementJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Companies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cvr = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Industry = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FixedContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FixedContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FixedContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FixedContactHours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Companies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Companies_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupMembers_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorCourses_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMeetings_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    To = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outbox_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AuditorApproval = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentRequests_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ProjectLeader = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SuccessCriteria = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Activities = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Results = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Timeline = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ResponsibilityPerHoldepunkt = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Referral = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CompanyKinds = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    LeadershipAndRehabilitationTeam = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectPlans_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mentors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentors_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentEvent_PaymentRequests_PaymentRequestId",
                        column: x => x.PaymentRequestId,
                        principalTable: "PaymentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseParticipant_MentorCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "MentorCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourseParticipant_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendee",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendee", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendee_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendee_NetworkMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "NetworkMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompanyMentorId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_Mentors_CompanyMentorId",
                        column: x => x.CompanyMentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Citizens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CprHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CprCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TargetGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnrolmentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CoordinatingCaseworkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonalMentorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PersonalMentorContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LongTermJobGoal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citizens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Citizens_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citizens_Users_CoordinatingCaseworkerId",
                        column: x => x.CoordinatingCaseworkerId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleMemberships_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleMemberships_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BenefitWeeks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Week = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitWeeks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitWeeks_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BenefitWeeks_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExitStrategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Steps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitStrategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExitStrategies_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HoursWeeks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Week = table.Column<int>(type: "integer", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoursWeeks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoursWeeks_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HoursWeeks_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Outcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WeeklyHours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outcomes_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ActualEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    WeeklyHoursNow = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    WeeklyHoursTarget = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    FlexAttendance = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FlexHours = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FlexTasks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TargetGroupChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnrolmentWeek = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    QualifyingWeeks = table.Column<int>(type: "integer", nullable: false),
                    AllowedDifferingWeeks = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OverrideInTargetGroup = table.Column<bool>(type: "boolean", nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverriddenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OverriddenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetGroupChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetGroupChecks_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    LongTermGoal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PlacementGoal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TasksAndHours = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MentorRole = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AcceptedByCitizenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedByCitizenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AcceptedByCompanyAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedByCompanyBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AcceptedByJobCentreAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedByJobCentreBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasurementRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Respondent = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SentTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MeasurementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurementRequests_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeasurementRequests_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasurementRequests_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Measurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Respondent = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InstrumentVersion = table.Column<int>(type: "integer", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measurements_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Measurements_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measurements_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorAssignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorAssignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorAssignment_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorAssignment_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Participants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    HoursWorked = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubGoal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubGoal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubGoal_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasurementScore",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "uuid", nullable: false),
                    DimensionKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurementScore_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubGoalAssessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FollowUpId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubGoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubGoalAssessment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubGoalAssessment_FollowUps_FollowUpId",
                        column: x => x.FollowUpId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SubGoalAssessment_SubGoal_SubGoalId",
                        column: x => x.SubGoalId,
                        principalTable: "SubGoal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "BenefitCodes",
                columns: new[] { "Code", "Category", "Description", "Version" },
                values: new object[,]
                {
                    { "111", "Dagpenge", "Arbejdsløshedsdagpenge", 1 },
                    { "112", "Dagpenge", "Dagpenge under aktivering", 1 },
                    { "130", "Kontanthjaelp", "Kontanthjælp", 1 },
                    { "131", "Kontanthjaelp", "Kontanthjælp under aktivering", 1 },
                    { "135", "Uddannelseshjaelp", "Uddannelseshjælp", 1 },
                    { "140", "Ressourceforloeb", "Ressourceforløbsydelse", 1 },
                    { "150", "Ledighedsydelse", "Ledighedsydelse", 1 },
                    { "160", "Fleksjob", "Fleksjob (løntilskud til fleksjob)", 1 },
                    { "170", "Loentilskud", "Ansættelse med løntilskud", 1 },
                    { "180", "Virksomhedspraktik", "Virksomhedspraktik", 1 },
                    { "190", "Sygedagpenge", "Sygedagpenge", 1 },
                    { "200", "Foertidspension", "Førtidspension", 1 },
                    { "210", "Su", "Statens Uddannelsesstøtte (SU)", 1 },
                    { "990", "Other", "Anden offentlig forsørgelse", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_PlacementId_Number",
                table: "Agreements",
                columns: new[] { "PlacementId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_CitizenId_AtUtc",
                table: "AuditEvents",
                columns: new[] { "CitizenId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_JobCentreId_AtUtc",
                table: "AuditEvents",
                columns: new[] { "JobCentreId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_CitizenId_Week",
                table: "BenefitWeeks",
                columns: new[] { "CitizenId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_ImportRunId",
                table: "BenefitWeeks",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_Week_ImportRunId",
                table: "BenefitWeeks",
                columns: new[] { "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_CoordinatingCaseworkerId",
                table: "Citizens",
                column: "CoordinatingCaseworkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_CprHash",
                table: "Citizens",
                column: "CprHash");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_JobCentreId_CprHash",
                table: "Citizens",
                columns: new[] { "JobCentreId", "CprHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_JobCentreId_LastName",
                table: "Citizens",
                columns: new[] { "JobCentreId", "LastName" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_JobCentreId_Cvr",
                table: "Companies",
                columns: new[] { "JobCentreId", "Cvr" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CompanyId_From",
                table: "Contracts",
                columns: new[] { "CompanyId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_CourseParticipant_CourseId_MentorId",
                table: "CourseParticipant",
                columns: new[] { "CourseId", "MentorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseParticipant_MentorId",
                table: "CourseParticipant",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationSnapshots_CreatedAtUtc",
                table: "EvaluationSnapshots",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ExitStrategies_CitizenId_CreatedAtUtc",
                table: "ExitStrategies",
                columns: new[] { "CitizenId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AgreementId",
                table: "FollowUps",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_PlacementId_Date",
                table: "FollowUps",
                columns: new[] { "PlacementId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembers_JobCentreId",
                table: "GroupMembers",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_CitizenId_Week",
                table: "HoursWeeks",
                columns: new[] { "CitizenId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_ImportRunId",
                table: "HoursWeeks",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_Week_ImportRunId",
                table: "HoursWeeks",
                columns: new[] { "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_Kind_StartedAtUtc",
                table: "ImportRuns",
                columns: new[] { "Kind", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JobCentres_MunicipalityNumber",
                table: "JobCentres",
                column: "MunicipalityNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_CitizenId_Respondent",
                table: "MeasurementRequests",
                columns: new[] { "CitizenId", "Respondent" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_MentorId",
                table: "MeasurementRequests",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_PlacementId",
                table: "MeasurementRequests",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_TokenHash",
                table: "MeasurementRequests",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_CitizenId_Respondent_AnsweredOn",
                table: "Measurements",
                columns: new[] { "CitizenId", "Respondent", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_JobCentreId_AnsweredOn",
                table: "Measurements",
                columns: new[] { "JobCentreId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_MentorId",
                table: "Measurements",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_PlacementId",
                table: "Measurements",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementScore_MeasurementId_DimensionKey",
                table: "MeasurementScore",
                columns: new[] { "MeasurementId", "DimensionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendee_MeetingId_MentorId",
                table: "MeetingAttendee",
                columns: new[] { "MeetingId", "MentorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendee_MentorId",
                table: "MeetingAttendee",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignment_MentorId",
                table: "MentorAssignment",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignment_PlacementId",
                table: "MentorAssignment",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorCourses_JobCentreId",
                table: "MentorCourses",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_CompanyId",
                table: "Mentors",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMeetings_JobCentreId",
                table: "NetworkMeetings",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_JobCentreId",
                table: "Outbox",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAtUtc_CreatedAtUtc",
                table: "Outbox",
                columns: new[] { "SentAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_CitizenId_Start",
                table: "Outcomes",
                columns: new[] { "CitizenId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentEvent_PaymentRequestId",
                table: "PaymentEvent",
                column: "PaymentRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRequests_JobCentreId",
                table: "PaymentRequests",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CitizenId_Start",
                table: "Placements",
                columns: new[] { "CitizenId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CompanyId_Start",
                table: "Placements",
                columns: new[] { "CompanyId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ContractId",
                table: "Placements",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPlans_JobCentreId_Number",
                table: "ProjectPlans",
                columns: new[] { "JobCentreId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleMemberships_JobCentreId",
                table: "RoleMemberships",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleMemberships_UserId_Role_JobCentreId",
                table: "RoleMemberships",
                columns: new[] { "UserId", "Role", "JobCentreId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatementSnapshots_CreatedAtUtc",
                table: "StatementSnapshots",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SubGoal_AgreementId",
                table: "SubGoal",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_SubGoalAssessment_FollowUpId",
                table: "SubGoalAssessment",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_SubGoalAssessment_SubGoalId",
                table: "SubGoalAssessment",
                column: "SubGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetGroupChecks_CitizenId_CheckedAtUtc",
                table: "TargetGroupChecks",
                columns: new[] { "CitizenId", "CheckedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_CompanyMentorId",
                table: "Users",
                column: "CompanyMentorId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_UserName",
                table: "Users",
                column: "UserName",
                unique: true);

            // The audit log is append-only (ADR 0006): the database refuses updates and deletes, whatever the client.
            migrationBuilder.Sql("""
                CREATE FUNCTION vc2_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Audit-loggen kan kun tilføjes til';
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEvents_append_only" BEFORE UPDATE OR DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION vc2_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEvents_append_only\" ON \"AuditEvents\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS vc2_audit_append_only();");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "BenefitCodes");

            migrationBuilder.DropTable(
                name: "BenefitWeeks");

            migrationBuilder.DropTable(
                name: "CourseParticipant");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EvaluationSnapshots");

            migrationBuilder.DropTable(
                name: "ExitStrategies");

            migrationBuilder.DropTable(
                name: "GroupMembers");

            migrationBuilder.DropTable(
                name: "HoursWeeks");

            migrationBuilder.DropTable(
                name: "MeasurementRequests");

            migrationBuilder.DropTable(
                name: "MeasurementScore");

            migrationBuilder.DropTable(
                name: "MeetingAttendee");

            migrationBuilder.DropTable(
                name: "MentorAssignment");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Outcomes");

            migrationBuilder.DropTable(
                name: "PaymentEvent");

            migrationBuilder.DropTable(
                name: "ProjectPlans");

            migrationBuilder.DropTable(
                name: "RoleMemberships");

            migrationBuilder.DropTable(
                name: "StatementSnapshots");

            migrationBuilder.DropTable(
                name: "SubGoalAssessment");

            migrationBuilder.DropTable(
                name: "TargetGroupChecks");

            migrationBuilder.DropTable(
                name: "MentorCourses");

            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropTable(
                name: "Measurements");

            migrationBuilder.DropTable(
                name: "NetworkMeetings");

            migrationBuilder.DropTable(
                name: "PaymentRequests");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropTable(
                name: "SubGoal");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "Citizens");

            migrationBuilder.DropTable(
                name: "Contracts");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "Mentors");

            migrationBuilder.DropTable(
                name: "Companies");

            migrationBuilder.DropTable(
                name: "JobCentres");
        }
    }
}
