using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeDesign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TemplateNumber",
                table: "Agreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementSection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementSection_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    LongTermGoalGuidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PlacementGoalGuidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TasksAndHoursGuidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MentorRoleGuidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubGoalsGuidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementTemplateSection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTemplateSection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementTemplateSection_AgreementTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "AgreementTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSection_AgreementId",
                table: "AgreementSection",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementTemplates_Number",
                table: "AgreementTemplates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementTemplateSection_TemplateId",
                table: "AgreementTemplateSection",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentVersions_Number",
                table: "InstrumentVersions",
                column: "Number",
                unique: true);

            ProgrammeDesignSeed.Insert(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementSection");

            migrationBuilder.DropTable(
                name: "AgreementTemplateSection");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");

            migrationBuilder.DropTable(
                name: "AgreementTemplates");

            migrationBuilder.DropColumn(
                name: "TemplateNumber",
                table: "Agreements");
        }
    }
}
