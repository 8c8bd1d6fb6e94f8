using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Money : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HoursWeeks_CitizenId_Week",
                table: "HoursWeeks");

            migrationBuilder.DropIndex(
                name: "IX_BenefitWeeks_CitizenId_Week",
                table: "BenefitWeeks");

            migrationBuilder.AddColumn<Guid>(
                name: "AuditorApprovalId",
                table: "PaymentRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EntitledAtApproval",
                table: "PaymentRequests",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "PaymentRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChecksDone",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChecksTotal",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PersonsChanged",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "WeeksChanged",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "WeeksInRange",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "WeeksRemoved",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "AuditorApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Auditor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Document = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DocumentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditorApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditorApprovals_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportRunPersons",
                columns: table => new
                {
                    ImportRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRunPersons", x => new { x.ImportRunId, x.CitizenId });
                    table.ForeignKey(
                        name: "FK_ImportRunPersons_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImportRunPersons_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRequests_AuditorApprovalId",
                table: "PaymentRequests",
                column: "AuditorApprovalId");

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_CitizenId_Week_ImportRunId",
                table: "HoursWeeks",
                columns: new[] { "CitizenId", "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_CitizenId_Week_ImportRunId",
                table: "BenefitWeeks",
                columns: new[] { "CitizenId", "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditorApprovals_JobCentreId",
                table: "AuditorApprovals",
                column: "JobCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRunPersons_CitizenId",
                table: "ImportRunPersons",
                column: "CitizenId");

            migrationBuilder.AddForeignKey(
                name: "FK_PaymentRequests_AuditorApprovals_AuditorApprovalId",
                table: "PaymentRequests",
                column: "AuditorApprovalId",
                principalTable: "AuditorApprovals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PaymentRequests_AuditorApprovals_AuditorApprovalId",
                table: "PaymentRequests");

            migrationBuilder.DropTable(
                name: "AuditorApprovals");

            migrationBuilder.DropTable(
                name: "ImportRunPersons");

            migrationBuilder.DropIndex(
                name: "IX_PaymentRequests_AuditorApprovalId",
                table: "PaymentRequests");

            migrationBuilder.DropIndex(
                name: "IX_HoursWeeks_CitizenId_Week_ImportRunId",
                table: "HoursWeeks");

            migrationBuilder.DropIndex(
                name: "IX_BenefitWeeks_CitizenId_Week_ImportRunId",
                table: "BenefitWeeks");

            migrationBuilder.DropColumn(
                name: "AuditorApprovalId",
                table: "PaymentRequests");

            migrationBuilder.DropColumn(
                name: "EntitledAtApproval",
                table: "PaymentRequests");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "PaymentRequests");

            migrationBuilder.DropColumn(
                name: "ChecksDone",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "ChecksTotal",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "PersonsChanged",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "WeeksChanged",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "WeeksInRange",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "WeeksRemoved",
                table: "ImportRuns");

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_CitizenId_Week",
                table: "HoursWeeks",
                columns: new[] { "CitizenId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_CitizenId_Week",
                table: "BenefitWeeks",
                columns: new[] { "CitizenId", "Week" });
        }
    }
}
