using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementSection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    LongTermGoalGuidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PlacementGoalGuidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TasksAndHoursGuidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MentorRoleGuidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SubGoalsGuidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Definition = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementTemplateSection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Guidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false)
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
