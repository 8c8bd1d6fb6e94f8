using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Vc2.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenefitCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitCodes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    LastWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsRead = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonsMatched = table.Column<int>(type: "INTEGER", nullable: false),
                    WeeksStored = table.Column<long>(type: "INTEGER", nullable: false),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ProblemCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenefitWeeks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitWeeks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitWeeks_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BenefitWeeks_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HoursWeeks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoursWeeks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoursWeeks_Citizens_CitizenId",
                        column: x => x.CitizenId,
                        principalTable: "Citizens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HoursWeeks_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "BenefitCodes",
                columns: new[] { "Code", "Category", "Description", "Version" },
                values: new object[,]
                {
                    { "111", "Dagpenge", "Arbejdsløshedsdagpenge", 1 },
                    { "112", "Dagpenge", "Dagpenge under aktivering", 1 },
                    { "130", "Kontanthjaelp", "Kontanthjælp", 1 },
                    { "131", "Kontanthjaelp", "Kontanthjælp under aktivering", 1 },
                    { "135", "Uddannelseshjaelp", "Uddannelseshjælp", 1 },
                    { "140", "Ressourceforloeb", "Ressourceforløbsydelse", 1 },
                    { "150", "Ledighedsydelse", "Ledighedsydelse", 1 },
                    { "160", "Fleksjob", "Fleksjob (løntilskud til fleksjob)", 1 },
                    { "170", "Loentilskud", "Ansættelse med løntilskud", 1 },
                    { "180", "Virksomhedspraktik", "Virksomhedspraktik", 1 },
                    { "190", "Sygedagpenge", "Sygedagpenge", 1 },
                    { "200", "Foertidspension", "Førtidspension", 1 },
                    { "210", "Su", "Statens Uddannelsesstøtte (SU)", 1 },
                    { "990", "Other", "Anden offentlig forsørgelse", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_CitizenId_Week",
                table: "BenefitWeeks",
                columns: new[] { "CitizenId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_ImportRunId",
                table: "BenefitWeeks",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_BenefitWeeks_Week_ImportRunId",
                table: "BenefitWeeks",
                columns: new[] { "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_CitizenId_Week",
                table: "HoursWeeks",
                columns: new[] { "CitizenId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_ImportRunId",
                table: "HoursWeeks",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_HoursWeeks_Week_ImportRunId",
                table: "HoursWeeks",
                columns: new[] { "Week", "ImportRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_Kind_StartedAtUtc",
                table: "ImportRuns",
                columns: new[] { "Kind", "StartedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenefitCodes");

            migrationBuilder.DropTable(
                name: "BenefitWeeks");

            migrationBuilder.DropTable(
                name: "HoursWeeks");

            migrationBuilder.DropTable(
                name: "ImportRuns");
        }
    }
}
