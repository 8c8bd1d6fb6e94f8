using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KeyFingerprint = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirstWeek = table.Column<int>(type: "integer", nullable: false),
                    LastWeek = table.Column<int>(type: "integer", nullable: false),
                    Persons = table.Column<int>(type: "integer", nullable: false),
                    ParticipantsRemoved = table.Column<int>(type: "integer", nullable: false),
                    OutsideProgramme = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonExtracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SnapshotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExtractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pseudonym = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: false),
                    Female = table.Column<bool>(type: "boolean", nullable: false),
                    Weeks = table.Column<byte[]>(type: "bytea", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JobCentre = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Holdepunkt = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
