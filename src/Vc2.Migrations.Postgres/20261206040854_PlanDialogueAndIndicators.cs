using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanDialogueAndIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswerToAgency",
                table: "ProjectPlans",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "ProjectPlans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAtUtc",
                table: "ProjectPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "ProjectPlans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpIntervalDays",
                table: "JobCentres",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Section = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ByAgency = table.Column<bool>(type: "boolean", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanComments_JobCentres_JobCentreId",
                        column: x => x.JobCentreId,
                        principalTable: "JobCentres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanComments_ProjectPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ProjectPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_JobCentreId_PlanId",
                table: "PlanComments",
                columns: new[] { "JobCentreId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_PlanId",
                table: "PlanComments",
                column: "PlanId");

            // The holdepunkter now measure differently (issue 17): every job centre's national figures are behind.
            migrationBuilder.Sql("UPDATE \"JobCentreFigures\" SET \"ChangeVersion\" = \"ChangeVersion\" + 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanComments");

            migrationBuilder.DropColumn(
                name: "AnswerToAgency",
                table: "ProjectPlans");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "ProjectPlans");

            migrationBuilder.DropColumn(
                name: "ReviewedAtUtc",
                table: "ProjectPlans");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "ProjectPlans");

            migrationBuilder.DropColumn(
                name: "FollowUpIntervalDays",
                table: "JobCentres");
        }
    }
}
