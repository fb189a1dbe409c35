using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Employers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Employers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    KvkNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TradeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SbiCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    SbiSections = table.Column<List<string>>(type: "text[]", nullable: false),
                    SizeClass = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AccountManagerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AccountManagerTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employers_AspNetUsers_AccountManagerUserId",
                        column: x => x.AccountManagerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Employers_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Employers_Teams_AccountManagerTeamId",
                        column: x => x.AccountManagerTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ContactMoments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Initiator = table.Column<int>(type: "integer", nullable: false),
                    AdviserUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FollowUp = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FollowUpDue = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpDoneAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FollowUpDoneByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsPlanned = table.Column<bool>(type: "boolean", nullable: false),
                    LoggedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMoments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactMoments_AspNetUsers_AdviserUserId",
                        column: x => x.AdviserUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactMoments_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactMoments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmployerAccountManagerHandovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerAccountManagerHandovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerAccountManagerHandovers_AspNetUsers_ToUserId",
                        column: x => x.ToUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerAccountManagerHandovers_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerContactPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    PreferredChannel = table.Column<int>(type: "integer", nullable: true),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerContactPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerContactPersons_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerLocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AddressLine = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Pc4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    MunicipalityName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerLocations_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmployerLocations_Municipalities_MunicipalityName",
                        column: x => x.MunicipalityName,
                        principalTable: "Municipalities",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmployerTargetGroupInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerTargetGroupInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerTargetGroupInterests_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_AdviserUserId",
                table: "ContactMoments",
                column: "AdviserUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_EmployerId",
                table: "ContactMoments",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_OrganisationId",
                table: "ContactMoments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_RegionCode",
                table: "ContactMoments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_RegionCode_EmployerId_OccurredAtUtc",
                table: "ContactMoments",
                columns: new[] { "RegionCode", "EmployerId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerAccountManagerHandovers_EmployerId",
                table: "EmployerAccountManagerHandovers",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerAccountManagerHandovers_ToUserId",
                table: "EmployerAccountManagerHandovers",
                column: "ToUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerContactPersons_EmployerId",
                table: "EmployerContactPersons",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLocations_EmployerId",
                table: "EmployerLocations",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLocations_MunicipalityName",
                table: "EmployerLocations",
                column: "MunicipalityName");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLocations_Pc4",
                table: "EmployerLocations",
                column: "Pc4");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_AccountManagerTeamId",
                table: "Employers",
                column: "AccountManagerTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_AccountManagerUserId",
                table: "Employers",
                column: "AccountManagerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_KvkNumber",
                table: "Employers",
                column: "KvkNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RegionCode",
                table: "Employers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RegionCode_KvkNumber",
                table: "Employers",
                columns: new[] { "RegionCode", "KvkNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RegionCode_NameKey",
                table: "Employers",
                columns: new[] { "RegionCode", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerTargetGroupInterests_EmployerId",
                table: "EmployerTargetGroupInterests",
                column: "EmployerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactMoments");

            migrationBuilder.DropTable(
                name: "EmployerAccountManagerHandovers");

            migrationBuilder.DropTable(
                name: "EmployerContactPersons");

            migrationBuilder.DropTable(
                name: "EmployerLocations");

            migrationBuilder.DropTable(
                name: "EmployerTargetGroupInterests");

            migrationBuilder.DropTable(
                name: "Employers");
        }
    }
}
