using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexTaxonomyCodesAndTombstones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TaxonomyCoded",
                table: "Vacancies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TaxonomyCoded",
                table: "JobSeekers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MatchingTombstones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsVacancy = table.Column<bool>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingTombstones", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingTombstones_AtUtc",
                table: "MatchingTombstones",
                column: "AtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingTombstones");

            migrationBuilder.DropColumn(
                name: "TaxonomyCoded",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "TaxonomyCoded",
                table: "JobSeekers");
        }
    }
}
