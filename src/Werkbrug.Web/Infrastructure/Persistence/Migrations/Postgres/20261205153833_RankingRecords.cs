using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TraceId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchedByOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    WeightsVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Weights = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Eligible = table.Column<int>(type: "integer", nullable: false),
                    Entries = table.Column<string>(type: "jsonb", nullable: true)
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
