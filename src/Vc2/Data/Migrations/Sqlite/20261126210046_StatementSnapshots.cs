using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatementSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatementSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ruleset = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JobCentreIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ScenarioJson = table.Column<string>(type: "TEXT", nullable: false),
                    StatementJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementSnapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatementSnapshots_CreatedAtUtc",
                table: "StatementSnapshots",
                column: "CreatedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatementSnapshots");
        }
    }
}
