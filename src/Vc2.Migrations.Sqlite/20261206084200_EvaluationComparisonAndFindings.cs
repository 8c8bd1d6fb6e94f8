using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvaluationComparisonAndFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComparisonExtracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KeyFingerprint = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FirstWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    LastWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantsRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    OutsideProgramme = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonExtracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationAssessments_EvaluationSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "EvaluationSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComparisonPersons",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExtractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Female = table.Column<bool>(type: "INTEGER", nullable: false),
                    Weeks = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComparisonPersons_ComparisonExtracts_ExtractId",
                        column: x => x.ExtractId,
                        principalTable: "ComparisonExtracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JobCentre = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Holdepunkt = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationFindings_EvaluationAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EvaluationAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonPersons_ExtractId_Pseudonym",
                table: "ComparisonPersons",
                columns: new[] { "ExtractId", "Pseudonym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationAssessments_SnapshotId_Number",
                table: "EvaluationAssessments",
                columns: new[] { "SnapshotId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationFindings_AssessmentId_Order",
                table: "EvaluationFindings",
                columns: new[] { "AssessmentId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComparisonPersons");

            migrationBuilder.DropTable(
                name: "EvaluationFindings");

            migrationBuilder.DropTable(
                name: "ComparisonExtracts");

            migrationBuilder.DropTable(
                name: "EvaluationAssessments");
        }
    }
}
