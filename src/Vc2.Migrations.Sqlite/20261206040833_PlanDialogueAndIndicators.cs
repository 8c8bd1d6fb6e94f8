using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "ProjectPlans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAtUtc",
                table: "ProjectPlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "ProjectPlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpIntervalDays",
                table: "JobCentres",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ByAgency = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
