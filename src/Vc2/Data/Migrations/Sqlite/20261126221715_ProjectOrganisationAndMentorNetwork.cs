using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProjectOrganisationAndMentorNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GroupMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "ProjectPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectLeader = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SuccessCriteria = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Timeline = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ResponsibilityPerHoldepunkt = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Referral = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CompanyKinds = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    LeadershipAndRehabilitationTeam = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "CourseParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "IX_GroupMembers_JobCentreId",
                table: "GroupMembers",
                column: "JobCentreId");

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
                name: "IX_MentorCourses_JobCentreId",
                table: "MentorCourses",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMeetings_JobCentreId",
                table: "NetworkMeetings",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPlans_JobCentreId_Number",
                table: "ProjectPlans",
                columns: new[] { "JobCentreId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourseParticipant");

            migrationBuilder.DropTable(
                name: "GroupMembers");

            migrationBuilder.DropTable(
                name: "MeetingAttendee");

            migrationBuilder.DropTable(
                name: "ProjectPlans");

            migrationBuilder.DropTable(
                name: "MentorCourses");

            migrationBuilder.DropTable(
                name: "NetworkMeetings");
        }
    }
}
