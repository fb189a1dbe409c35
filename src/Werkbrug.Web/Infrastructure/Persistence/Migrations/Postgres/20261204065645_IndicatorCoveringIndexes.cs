using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndicatorCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReferralEvents_ReferralId",
                table: "ReferralEvents");

            migrationBuilder.DropIndex(
                name: "IX_ReferralEvents_To_AtUtc",
                table: "ReferralEvents");

            migrationBuilder.DropIndex(
                name: "IX_Placements_StartDate",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_AftercareTasks_DueOn",
                table: "AftercareTasks");

            migrationBuilder.DropIndex(
                name: "IX_AftercareTasks_ReferralId",
                table: "AftercareTasks");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ReferralId_To",
                table: "ReferralEvents",
                columns: new[] { "ReferralId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_To_AtUtc_ReferralId",
                table: "ReferralEvents",
                columns: new[] { "To", "AtUtc", "ReferralId" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_Indicators",
                table: "Placements",
                columns: new[] { "StartDate", "RegionCode", "ContractType", "Instrument", "OwnerOrganisationId", "PlacingOrganisationId", "JobSeekerId", "VacancyId" });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_Indicators",
                table: "AftercareTasks",
                columns: new[] { "DueOn", "RegionCode", "Kind", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_ReferralId_Kind_CompletedOn_DueOn",
                table: "AftercareTasks",
                columns: new[] { "ReferralId", "Kind", "CompletedOn", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReferralEvents_ReferralId_To",
                table: "ReferralEvents");

            migrationBuilder.DropIndex(
                name: "IX_ReferralEvents_To_AtUtc_ReferralId",
                table: "ReferralEvents");

            migrationBuilder.DropIndex(
                name: "IX_Placements_Indicators",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_AftercareTasks_Indicators",
                table: "AftercareTasks");

            migrationBuilder.DropIndex(
                name: "IX_AftercareTasks_ReferralId_Kind_CompletedOn_DueOn",
                table: "AftercareTasks");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ReferralId",
                table: "ReferralEvents",
                column: "ReferralId");

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

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_ReferralId",
                table: "AftercareTasks",
                column: "ReferralId");
        }
    }
}
