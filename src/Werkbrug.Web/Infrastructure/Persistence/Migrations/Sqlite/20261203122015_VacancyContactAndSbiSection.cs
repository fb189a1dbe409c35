using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SbiSection",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 1,
                nullable: true);

            // Vacancies saved before take their employer's section where that is unambiguous (an employer in one section);
            // from now on a vacancy saved without a section takes the employer's main section (VacancyInput).
            migrationBuilder.Sql("""
                UPDATE "Vacancies" SET "SbiSection" = (SELECT json_extract(e."SbiSections", '$[0]') FROM "Employers" AS e WHERE e."Id" = "Vacancies"."EmployerId" AND json_array_length(e."SbiSections") = 1);
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
