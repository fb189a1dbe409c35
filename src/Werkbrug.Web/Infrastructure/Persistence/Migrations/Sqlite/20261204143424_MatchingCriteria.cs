using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchingCriteria : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Demands",
                table: "VacancyTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DrivingLicence",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DutchListening",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DutchReading",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DutchSpeaking",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DutchWriting",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MboLevel",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinExperienceYears",
                table: "Vacancies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReservedForJobsAgreement",
                table: "Vacancies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Demands",
                table: "VacancyTasks");

            migrationBuilder.DropColumn(
                name: "DrivingLicence",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "DutchListening",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "DutchReading",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "DutchSpeaking",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "DutchWriting",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "MboLevel",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "MinExperienceYears",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "ReservedForJobsAgreement",
                table: "Vacancies");
        }
    }
}
