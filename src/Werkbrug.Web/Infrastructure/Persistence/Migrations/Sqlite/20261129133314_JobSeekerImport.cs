using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobSeekerImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PossibleDuplicates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ProfileAId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationAId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileBId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationBId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FoundAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PossibleDuplicates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PossibleDuplicates_JobSeekers_ProfileAId",
                        column: x => x.ProfileAId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PossibleDuplicates_JobSeekers_ProfileBId",
                        column: x => x.ProfileBId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PossibleDuplicates_ProfileAId_ProfileBId",
                table: "PossibleDuplicates",
                columns: new[] { "ProfileAId", "ProfileBId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PossibleDuplicates_ProfileBId",
                table: "PossibleDuplicates",
                column: "ProfileBId");

            migrationBuilder.CreateIndex(
                name: "IX_PossibleDuplicates_RegionCode",
                table: "PossibleDuplicates",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PossibleDuplicates");
        }
    }
}
