using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchingWeightSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingWeightSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredSkills = table.Column<int>(type: "INTEGER", nullable: false),
                    NiceToHaveSkills = table.Column<int>(type: "INTEGER", nullable: false),
                    Occupation = table.Column<int>(type: "INTEGER", nullable: false),
                    Competences = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    Education = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<int>(type: "INTEGER", nullable: false),
                    DrivingLicence = table.Column<int>(type: "INTEGER", nullable: false),
                    Experience = table.Column<int>(type: "INTEGER", nullable: false),
                    Tasks = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingWeightSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingWeightSets_AspNetUsers_ChangedByUserId",
                        column: x => x.ChangedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchingWeightSets_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingWeightSets_ChangedByUserId",
                table: "MatchingWeightSets",
                column: "ChangedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingWeightSets_RegionCode",
                table: "MatchingWeightSets",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingWeightSets_RegionCode_Version",
                table: "MatchingWeightSets",
                columns: new[] { "RegionCode", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingWeightSets");
        }
    }
}
