using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgressMeasurement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CompanyMentorId",
                table: "Users",
                type: "uuid",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Users_CompanyMentorId",
                table: "Users",
                column: "CompanyMentorId");

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
                name: "IX_Outbox_JobCentreId",
                table: "Outbox",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAtUtc_CreatedAtUtc",
                table: "Outbox",
                columns: new[] { "SentAtUtc", "CreatedAtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_Users_Mentors_CompanyMentorId",
                table: "Users",
                column: "CompanyMentorId",
                principalTable: "Mentors",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Users_Mentors_CompanyMentorId",
                table: "Users");

            migrationBuilder.DropTable(
                name: "MeasurementRequests");

            migrationBuilder.DropTable(
                name: "MeasurementScore");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Measurements");

            migrationBuilder.DropIndex(
                name: "IX_Users_CompanyMentorId",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "CompanyMentorId",
                table: "Users");
        }
    }
}
