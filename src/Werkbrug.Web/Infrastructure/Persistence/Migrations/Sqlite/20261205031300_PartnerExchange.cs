using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartnerExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceSystem",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSystem",
                table: "PersonalAccessTokens",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSystem",
                table: "JobSeekers",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExchangeChanges",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangedBySource = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeChanges", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceSystem = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeDeliveries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeChanges_RegionCode",
                table: "ExchangeChanges",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeChanges_RegionCode_Kind_OwnerOrganisationId_Sequence",
                table: "ExchangeChanges",
                columns: new[] { "RegionCode", "Kind", "OwnerOrganisationId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeDeliveries_RegionCode",
                table: "ExchangeDeliveries",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeDeliveries_RegionCode_OrganisationId_SourceSystem_ReceivedAtUtc",
                table: "ExchangeDeliveries",
                columns: new[] { "RegionCode", "OrganisationId", "SourceSystem", "ReceivedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExchangeChanges");

            migrationBuilder.DropTable(
                name: "ExchangeDeliveries");

            migrationBuilder.DropColumn(
                name: "SourceSystem",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "SourceSystem",
                table: "PersonalAccessTokens");

            migrationBuilder.DropColumn(
                name: "SourceSystem",
                table: "JobSeekers");
        }
    }
}
