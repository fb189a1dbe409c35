using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalArrangements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NationalAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KvkNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ManagerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalAccounts_AspNetUsers_ManagerUserId",
                        column: x => x.ManagerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NationalArrangements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    ReactionTermWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    CandidatesPerVacancy = table.Column<int>(type: "integer", nullable: false),
                    AftercareWeeks = table.Column<int>(type: "integer", nullable: false),
                    AftercareDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalArrangements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalArrangements_NationalAccounts_NationalAccountId",
                        column: x => x.NationalAccountId,
                        principalTable: "NationalAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NationalArrangementChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrangementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Event = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalArrangementChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalArrangementChanges_NationalArrangements_Arrangement~",
                        column: x => x.ArrangementId,
                        principalTable: "NationalArrangements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NationalArrangementRegions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PlacementTarget = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RemindedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ArrangementId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalArrangementRegions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalArrangementRegions_NationalArrangements_Arrangement~",
                        column: x => x.ArrangementId,
                        principalTable: "NationalArrangements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NationalArrangementRegions_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NationalAccounts_KvkNumber",
                table: "NationalAccounts",
                column: "KvkNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NationalAccounts_ManagerUserId_KvkNumber",
                table: "NationalAccounts",
                columns: new[] { "ManagerUserId", "KvkNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_NationalArrangementChanges_ArrangementId_AtUtc",
                table: "NationalArrangementChanges",
                columns: new[] { "ArrangementId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NationalArrangementRegions_ArrangementId",
                table: "NationalArrangementRegions",
                column: "ArrangementId");

            migrationBuilder.CreateIndex(
                name: "IX_NationalArrangementRegions_RegionCode",
                table: "NationalArrangementRegions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_NationalArrangements_NationalAccountId_Stage",
                table: "NationalArrangements",
                columns: new[] { "NationalAccountId", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NationalArrangementChanges");

            migrationBuilder.DropTable(
                name: "NationalArrangementRegions");

            migrationBuilder.DropTable(
                name: "NationalArrangements");

            migrationBuilder.DropTable(
                name: "NationalAccounts");
        }
    }
}
