using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobSeekerContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobSeekerContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SealedNote = table.Column<string>(type: "text", nullable: true),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekerContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobSeekerContacts_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobSeekerContacts_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobSeekerContacts_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerContacts_ByUserId",
                table: "JobSeekerContacts",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerContacts_JobSeekerId_OccurredOn",
                table: "JobSeekerContacts",
                columns: new[] { "JobSeekerId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerContacts_RegionCode",
                table: "JobSeekerContacts",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobSeekerContacts");
        }
    }
}
