using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vc2.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FailedAtUtc",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Outbox",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntilUtc",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAtUtc",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Receipt",
                table: "Outbox",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Recipient",
                table: "Outbox",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Outbox",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Queued");

            // Rows from before VC2 sent anything itself: those a gateway marked as sent are sent; the rest wait.
            migrationBuilder.Sql("UPDATE \"Outbox\" SET \"Status\" = 'Sent' WHERE \"SentAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_NextAttemptAtUtc",
                table: "Outbox",
                columns: new[] { "Status", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Status_NextAttemptAtUtc",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "FailedAtUtc",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "LeaseUntilUtc",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "NextAttemptAtUtc",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Receipt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Recipient",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Outbox");
        }
    }
}
