using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartiesOwnVc2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CompanyId",
                table: "Users",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DiscussedOn",
                table: "ExitStrategies",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Way = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TextHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementAcceptances_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExitStrategyComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CitizenId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExitStrategyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitStrategyComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExitStrategyComments_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExitStrategyComments_ExitStrategies_ExitStrategyId",
                        column: x => x.ExitStrategyId,
                        principalTable: "ExitStrategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorEventAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Comes = table.Column<bool>(type: "boolean", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorEventAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorEventAnswers_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartyLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_AgreementId",
                table: "AgreementAcceptances",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_JobCentreId_AgreementId",
                table: "AgreementAcceptances",
                columns: new[] { "JobCentreId", "AgreementId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExitStrategyComments_CitizenId",
                table: "ExitStrategyComments",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_ExitStrategyComments_ExitStrategyId",
                table: "ExitStrategyComments",
                column: "ExitStrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExitStrategyComments_JobCentreId_CitizenId",
                table: "ExitStrategyComments",
                columns: new[] { "JobCentreId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorEventAnswers_EventId_MentorId",
                table: "MentorEventAnswers",
                columns: new[] { "EventId", "MentorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorEventAnswers_JobCentreId_EventId",
                table: "MentorEventAnswers",
                columns: new[] { "JobCentreId", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorEventAnswers_MentorId",
                table: "MentorEventAnswers",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyLinks_JobCentreId_SubjectId",
                table: "PartyLinks",
                columns: new[] { "JobCentreId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyLinks_TokenHash",
                table: "PartyLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementAcceptances");

            migrationBuilder.DropTable(
                name: "ExitStrategyComments");

            migrationBuilder.DropTable(
                name: "MentorEventAnswers");

            migrationBuilder.DropTable(
                name: "PartyLinks");

            migrationBuilder.DropColumn(
                name: "CompanyId",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "DiscussedOn",
                table: "ExitStrategies");
        }
    }
}
