using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSystem",
                table: "PersonalAccessTokens",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSystem",
                table: "JobSeekers",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExchangeChanges",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChangedBySource = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeChanges", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceSystem = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Created = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_ExchangeDeliveries_RegionCode_OrganisationId_SourceSystem_R~",
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
