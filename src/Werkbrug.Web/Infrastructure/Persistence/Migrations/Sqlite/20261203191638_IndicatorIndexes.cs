using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VacancyStatusChanges_To_AtUtc",
                table: "VacancyStatusChanges",
                columns: new[] { "To", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_To_AtUtc",
                table: "ReferralEvents",
                columns: new[] { "To", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_StartDate",
                table: "Placements",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_DueOn",
                table: "AftercareTasks",
                column: "DueOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VacancyStatusChanges_To_AtUtc",
                table: "VacancyStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_ReferralEvents_To_AtUtc",
                table: "ReferralEvents");

            migrationBuilder.DropIndex(
                name: "IX_Placements_StartDate",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_AftercareTasks_DueOn",
                table: "AftercareTasks");
        }
    }
}
