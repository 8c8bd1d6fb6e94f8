using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Progress",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Progress",
                table: "ImportRuns");
        }
    }
}
