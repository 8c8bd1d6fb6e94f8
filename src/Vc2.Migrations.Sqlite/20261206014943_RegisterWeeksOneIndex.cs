using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegisterWeeksOneIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HoursWeeks_ImportRunId",
                table: "HoursWeeks");

            migrationBuilder.DropIndex(
                name: "IX_BenefitWeeks_ImportRunId",
                table: "BenefitWeeks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_ImportRunId",
                table: "HoursWeeks",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_ImportRunId",
                table: "BenefitWeeks",
                column: "ImportRunId");
        }
    }
}
