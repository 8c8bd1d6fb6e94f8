using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobCentreFigures",
                columns: table => new
                {
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeVersion = table.Column<long>(type: "bigint", nullable: false),
                    ComputedVersion = table.Column<long>(type: "bigint", nullable: false),
                    ComputedFor = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FiguresJson = table.Column<string>(type: "text", nullable: false),
                    StatementJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobCentreFigures", x => x.JobCentreId);
                    table.ForeignKey(
                        name: "FK_JobCentreFigures_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobCentreFigures");
        }
    }
}
