using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegisterWeeksForImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BenefitWeeks_Citizens_CitizenId",
                table: "BenefitWeeks");

            migrationBuilder.DropForeignKey(
                name: "FK_BenefitWeeks_ImportRuns_ImportRunId",
                table: "BenefitWeeks");

            migrationBuilder.DropForeignKey(
                name: "FK_HoursWeeks_Citizens_CitizenId",
                table: "HoursWeeks");

            migrationBuilder.DropForeignKey(
                name: "FK_HoursWeeks_ImportRuns_ImportRunId",
                table: "HoursWeeks");

            migrationBuilder.DropIndex(
                name: "IX_HoursWeeks_CitizenId_Week_ImportRunId",
                table: "HoursWeeks");

            migrationBuilder.DropIndex(
                name: "IX_HoursWeeks_Week_ImportRunId",
                table: "HoursWeeks");

            migrationBuilder.DropIndex(
                name: "IX_BenefitWeeks_CitizenId_Week_ImportRunId",
                table: "BenefitWeeks");

            migrationBuilder.DropIndex(
                name: "IX_BenefitWeeks_Week_ImportRunId",
                table: "BenefitWeeks");

            migrationBuilder.AddColumn<Guid>(
                name: "JobCentreId",
                table: "ImportRunPersons",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // A run that waits for the agency's confirmation keeps its persons: they get their job centre.
            migrationBuilder.Sql("UPDATE \"ImportRunPersons\" SET \"JobCentreId\" = (SELECT c.\"JobCentreId\" FROM \"Citizens\" c WHERE c.\"Id\" = \"ImportRunPersons\".\"CitizenId\")");

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_JobCentreId_CitizenId_Week",
                table: "HoursWeeks",
                columns: new[] { "JobCentreId", "CitizenId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_JobCentreId_CitizenId_Week",
                table: "BenefitWeeks",
                columns: new[] { "JobCentreId", "CitizenId", "Week" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HoursWeeks_JobCentreId_CitizenId_Week",
                table: "HoursWeeks");

            migrationBuilder.DropIndex(
                name: "IX_BenefitWeeks_JobCentreId_CitizenId_Week",
                table: "BenefitWeeks");

            migrationBuilder.DropColumn(
                name: "JobCentreId",
                table: "ImportRunPersons");

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_CitizenId_Week_ImportRunId",
                table: "HoursWeeks",
                columns: new[] { "CitizenId", "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_Week_ImportRunId",
                table: "HoursWeeks",
                columns: new[] { "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_CitizenId_Week_ImportRunId",
                table: "BenefitWeeks",
                columns: new[] { "CitizenId", "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_Week_ImportRunId",
                table: "BenefitWeeks",
                columns: new[] { "Week", "ImportRunId" });

            migrationBuilder.AddForeignKey(
                name: "FK_BenefitWeeks_Citizens_CitizenId",
                table: "BenefitWeeks",
                column: "CitizenId",
                principalTable: "Citizens",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_BenefitWeeks_ImportRuns_ImportRunId",
                table: "BenefitWeeks",
                column: "ImportRunId",
                principalTable: "ImportRuns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_HoursWeeks_Citizens_CitizenId",
                table: "HoursWeeks",
                column: "CitizenId",
                principalTable: "Citizens",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_HoursWeeks_ImportRuns_ImportRunId",
                table: "HoursWeeks",
                column: "ImportRunId",
                principalTable: "ImportRuns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
