using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenancyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TargetGroupChecks_JobCentreId_CitizenId",
                table: "TargetGroupChecks",
                columns: new[] { "JobCentreId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_JobCentreId_Start",
                table: "Placements",
                columns: new[] { "JobCentreId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_JobCentreId_CitizenId",
                table: "Outcomes",
                columns: new[] { "JobCentreId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_JobCentreId_CompanyId",
                table: "Mentors",
                columns: new[] { "JobCentreId", "CompanyId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_JobCentreId_CitizenId",
                table: "MeasurementRequests",
                columns: new[] { "JobCentreId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_JobCentreId_Date",
                table: "FollowUps",
                columns: new[] { "JobCentreId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ExitStrategies_JobCentreId_CitizenId",
                table: "ExitStrategies",
                columns: new[] { "JobCentreId", "CitizenId" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_JobCentreId_CompanyId",
                table: "Contracts",
                columns: new[] { "JobCentreId", "CompanyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_JobCentreId_PlacementId",
                table: "Agreements",
                columns: new[] { "JobCentreId", "PlacementId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TargetGroupChecks_JobCentreId_CitizenId",
                table: "TargetGroupChecks");

            migrationBuilder.DropIndex(
                name: "IX_Placements_JobCentreId_Start",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Outcomes_JobCentreId_CitizenId",
                table: "Outcomes");

            migrationBuilder.DropIndex(
                name: "IX_Mentors_JobCentreId_CompanyId",
                table: "Mentors");

            migrationBuilder.DropIndex(
                name: "IX_MeasurementRequests_JobCentreId_CitizenId",
                table: "MeasurementRequests");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_JobCentreId_Date",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_ExitStrategies_JobCentreId_CitizenId",
                table: "ExitStrategies");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_JobCentreId_CompanyId",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_JobCentreId_PlacementId",
                table: "Agreements");
        }
    }
}
