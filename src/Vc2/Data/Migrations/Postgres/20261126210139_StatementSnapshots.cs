using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Data.Migrations.Postgres
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
