using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishedVacancies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Vacancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublicSinceUtc",
                table: "Vacancies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_RegionCode_IsPublic_PublicSinceUtc",
                table: "Vacancies",
                columns: new[] { "RegionCode", "IsPublic", "PublicSinceUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_RegionCode_IsPublic_PublicSinceUtc",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "PublicSinceUtc",
                table: "Vacancies");
        }
    }
}
