using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobSeekerNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JobSeekers_RegionCode_OwnerOrganisationId_Surname",
                table: "JobSeekers");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_OrganisationNames",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "OwnerOrganisationId", "Surname", "GivenName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JobSeekers_OrganisationNames",
                table: "JobSeekers");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode_OwnerOrganisationId_Surname",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "OwnerOrganisationId", "Surname" });
        }
    }
}
