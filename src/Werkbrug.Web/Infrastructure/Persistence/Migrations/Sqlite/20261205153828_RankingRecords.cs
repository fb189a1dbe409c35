using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RankingRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RankingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchedByOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WeightsVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Weights = table.Column<string>(type: "TEXT", nullable: false),
                    Eligible = table.Column<int>(type: "INTEGER", nullable: false),
                    Entries = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RankingRecords_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RankingRecords_RegionCode",
                table: "RankingRecords",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_RankingRecords_VacancyId_AtUtc",
                table: "RankingRecords",
                columns: new[] { "VacancyId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RankingRecords");
        }
    }
}
