using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorJoinIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Indicators",
                table: "Vacancies",
                columns: new[] { "Id", "RegionCode", "MunicipalityName" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Indicators",
                table: "Referrals",
                columns: new[] { "Id", "RegionCode", "ReferringOrganisationId", "Status", "RejectionReason" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_Indicators",
                table: "JobSeekers",
                columns: new[] { "Id", "RegionCode", "Benefit" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_Pool",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "OwnerOrganisationId", "Benefit", "WerkfitStatus", "RegisteredOn", "DeregisteredOn", "LastContactOn", "UpdatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Indicators",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_Indicators",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_JobSeekers_Indicators",
                table: "JobSeekers");

            migrationBuilder.DropIndex(
                name: "IX_JobSeekers_Pool",
                table: "JobSeekers");
        }
    }
}
