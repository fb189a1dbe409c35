using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyResponsePartner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "SurveyResponses",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "SurveyResponses");
        }
    }
}
