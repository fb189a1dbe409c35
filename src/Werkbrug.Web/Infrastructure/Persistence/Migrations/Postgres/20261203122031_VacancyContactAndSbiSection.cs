using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VacancyContactAndSbiSection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Vacancies",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Vacancies",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Vacancies",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SbiSection",
                table: "Vacancies",
                type: "character varying(1)",
                maxLength: 1,
                nullable: true);

            // Vacancies saved before take their employer's section where that is unambiguous (an employer in one section);
            // from now on a vacancy saved without a section takes the employer's main section (VacancyInput).
            migrationBuilder.Sql("""
                UPDATE "Vacancies" AS v SET "SbiSection" = e."SbiSections"[1] FROM "Employers" AS e WHERE e."Id" = v."EmployerId" AND cardinality(e."SbiSections") = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "SbiSection",
                table: "Vacancies");
        }
    }
}
