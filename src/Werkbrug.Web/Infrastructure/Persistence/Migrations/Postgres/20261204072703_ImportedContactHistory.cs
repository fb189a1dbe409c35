using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportedContactHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportKey",
                table: "ContactMoments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportSource",
                table: "ContactMoments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedAdviserName",
                table: "ContactMoments",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "ContactMoments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_RegionCode_ImportKey",
                table: "ContactMoments",
                columns: new[] { "RegionCode", "ImportKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContactMoments_RegionCode_ImportKey",
                table: "ContactMoments");

            migrationBuilder.DropColumn(
                name: "ImportKey",
                table: "ContactMoments");

            migrationBuilder.DropColumn(
                name: "ImportSource",
                table: "ContactMoments");

            migrationBuilder.DropColumn(
                name: "ImportedAdviserName",
                table: "ContactMoments");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "ContactMoments");
        }
    }
}
