using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchingShortlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ShortlistEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortlistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_AspNetUsers_AddedByUserId",
                        column: x => x.AddedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_LastActivityAtUtc",
                table: "Vacancies",
                column: "LastActivityAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_UpdatedAtUtc",
                table: "JobSeekers",
                column: "UpdatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_AddedByUserId",
                table: "ShortlistEntries",
                column: "AddedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_JobSeekerId",
                table: "ShortlistEntries",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_RegionCode",
                table: "ShortlistEntries",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_VacancyId_JobSeekerId",
                table: "ShortlistEntries",
                columns: new[] { "VacancyId", "JobSeekerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShortlistEntries");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_LastActivityAtUtc",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_JobSeekers_UpdatedAtUtc",
                table: "JobSeekers");
        }
    }
}
