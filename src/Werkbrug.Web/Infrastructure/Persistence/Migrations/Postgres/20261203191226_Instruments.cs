using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Instruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InstrumentChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    Fields = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Coverage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Municipalities = table.Column<List<string>>(type: "text[]", nullable: false),
                    TargetGroups = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BenefitTypes = table.Column<int[]>(type: "integer[]", nullable: false),
                    Provides = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Duration = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Conditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ApplicationSteps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Rules = table.Column<string>(type: "text", nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Instruments_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentWatchers",
                columns: table => new
                {
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentWatchers", x => new { x.InstrumentId, x.UserId });
                    table.ForeignKey(
                        name: "FK_InstrumentWatchers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstrumentWatchers_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentChanges_InstrumentId_AtUtc",
                table: "InstrumentChanges",
                columns: new[] { "InstrumentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentChanges_RegionCode",
                table: "InstrumentChanges",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_RegionCode",
                table: "Instruments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_RegionCode_Key",
                table: "Instruments",
                columns: new[] { "RegionCode", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentWatchers_RegionCode",
                table: "InstrumentWatchers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentWatchers_UserId",
                table: "InstrumentWatchers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstrumentChanges");

            migrationBuilder.DropTable(
                name: "InstrumentWatchers");

            migrationBuilder.DropTable(
                name: "Instruments");
        }
    }
}
