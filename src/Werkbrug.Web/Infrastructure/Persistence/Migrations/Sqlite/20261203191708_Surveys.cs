using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PopulationCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Size = table.Column<int>(type: "INTEGER", nullable: true),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopulationCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyOptOuts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyOptOuts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    AfterIntakeRequest = table.Column<bool>(type: "INTEGER", nullable: false),
                    AfterReferral = table.Column<bool>(type: "INTEGER", nullable: false),
                    AfterPlacement = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvitationPeriodDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkValidDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Trigger = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdviserUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Size = table.Column<int>(type: "INTEGER", nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyVersions_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Trigger = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Size = table.Column<int>(type: "INTEGER", nullable: true),
                    SharedWithAdviser = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdviserUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "SurveyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PopulationCounts_RegionCode",
                table: "PopulationCounts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PopulationCounts_RegionCode_Year",
                table: "PopulationCounts",
                columns: new[] { "RegionCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_RegionCode",
                table: "SurveyInvitations",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyId_EmployerId",
                table: "SurveyInvitations",
                columns: new[] { "SurveyId", "EmployerId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyId_RecipientHash",
                table: "SurveyInvitations",
                columns: new[] { "SurveyId", "RecipientHash" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyOptOuts_RegionCode",
                table: "SurveyOptOuts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyOptOuts_RegionCode_EmployerId",
                table: "SurveyOptOuts",
                columns: new[] { "RegionCode", "EmployerId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyOptOuts_RegionCode_RecipientHash",
                table: "SurveyOptOuts",
                columns: new[] { "RegionCode", "RecipientHash" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_RegionCode",
                table: "SurveyResponses",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_SubmittedOn",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_VersionId",
                table: "SurveyResponses",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_RegionCode",
                table: "Surveys",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyVersions_RegionCode",
                table: "SurveyVersions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyVersions_SurveyId_Number",
                table: "SurveyVersions",
                columns: new[] { "SurveyId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PopulationCounts");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "SurveyOptOuts");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveyVersions");

            migrationBuilder.DropTable(
                name: "Surveys");
        }
    }
}
