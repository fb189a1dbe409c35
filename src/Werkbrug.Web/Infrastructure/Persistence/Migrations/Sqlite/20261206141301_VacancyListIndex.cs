using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VacancyListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_List",
                table: "Vacancies",
                columns: new[] { "RegionCode", "CreatedAtUtc", "Title", "Id" },
                descending: new[] { false, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_List",
                table: "Vacancies");
        }
    }
}
