using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntakeHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "IntakeRequests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAtUtc",
                table: "IntakeRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CloseReason",
                table: "IntakeRequests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EmployerId",
                table: "IntakeRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IntakeRequestEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    IntakeRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeRequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeRequestEvents_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeRequestEvents_IntakeRequests_IntakeRequestId",
                        column: x => x.IntakeRequestId,
                        principalTable: "IntakeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntakeRequestEvents_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_EmployerId",
                table: "IntakeRequests",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequestEvents_IntakeRequestId_AtUtc",
                table: "IntakeRequestEvents",
                columns: new[] { "IntakeRequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequestEvents_RegionCode",
                table: "IntakeRequestEvents",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequestEvents_UserId",
                table: "IntakeRequestEvents",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_IntakeRequests_Employers_EmployerId",
                table: "IntakeRequests",
                column: "EmployerId",
                principalTable: "Employers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IntakeRequests_Employers_EmployerId",
                table: "IntakeRequests");

            migrationBuilder.DropTable(
                name: "IntakeRequestEvents");

            migrationBuilder.DropIndex(
                name: "IX_IntakeRequests_EmployerId",
                table: "IntakeRequests");

            migrationBuilder.DropColumn(
                name: "Answer",
                table: "IntakeRequests");

            migrationBuilder.DropColumn(
                name: "AnsweredAtUtc",
                table: "IntakeRequests");

            migrationBuilder.DropColumn(
                name: "CloseReason",
                table: "IntakeRequests");

            migrationBuilder.DropColumn(
                name: "EmployerId",
                table: "IntakeRequests");
        }
    }
}
