using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VacancyOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "VacancyOfferId",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VacancyRegionCode",
                table: "Referrals",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "VacancyOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToAllRegions = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetRegionCodes = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OfferedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyOffers_AspNetUsers_OfferedByUserId",
                        column: x => x.OfferedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyOffers_AspNetUsers_WithdrawnByUserId",
                        column: x => x.WithdrawnByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyOffers_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyOffers_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyOfferTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingRegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OfferedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyOfferTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyOfferTargets_Regions_OfferingRegionCode",
                        column: x => x.OfferingRegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyOfferTargets_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyOfferTargets_VacancyOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "VacancyOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_VacancyOfferId",
                table: "Referrals",
                column: "VacancyOfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_VacancyRegionCode_VacancyId",
                table: "Referrals",
                columns: new[] { "VacancyRegionCode", "VacancyId" });

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOffers_OfferedByUserId",
                table: "VacancyOffers",
                column: "OfferedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOffers_RegionCode",
                table: "VacancyOffers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOffers_VacancyId_OfferedAtUtc",
                table: "VacancyOffers",
                columns: new[] { "VacancyId", "OfferedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOffers_WithdrawnByUserId",
                table: "VacancyOffers",
                column: "WithdrawnByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOfferTargets_OfferId_RegionCode",
                table: "VacancyOfferTargets",
                columns: new[] { "OfferId", "RegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOfferTargets_OfferingRegionCode",
                table: "VacancyOfferTargets",
                column: "OfferingRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOfferTargets_RegionCode",
                table: "VacancyOfferTargets",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyOfferTargets_RegionCode_VacancyId",
                table: "VacancyOfferTargets",
                columns: new[] { "RegionCode", "VacancyId" });

            // No AddForeignKey for Referrals.VacancyOfferId here: SQLite can add a foreign key to an existing table only by
            // rebuilding the table with foreign keys switched off, outside the migration's transaction (EF warns that a crash
            // in the middle leaves the database half migrated). Offers are never deleted, only withdrawn, so the reference
            // cannot dangle; PostgreSQL has the constraint.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VacancyOfferTargets");

            migrationBuilder.DropTable(
                name: "VacancyOffers");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_VacancyOfferId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_VacancyRegionCode_VacancyId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "VacancyOfferId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "VacancyRegionCode",
                table: "Referrals");
        }
    }
}
