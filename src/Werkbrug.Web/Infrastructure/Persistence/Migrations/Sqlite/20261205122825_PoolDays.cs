using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PoolDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PoolDays",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Benefit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WerkfitStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Fresh = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolDays", x => new { x.RegionCode, x.Day, x.OwnerOrganisationId, x.Benefit, x.WerkfitStatus, x.Fresh });
                    table.ForeignKey(
                        name: "FK_PoolDays_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PoolDays_RegionCode",
                table: "PoolDays",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoolDays");
        }
    }
}
