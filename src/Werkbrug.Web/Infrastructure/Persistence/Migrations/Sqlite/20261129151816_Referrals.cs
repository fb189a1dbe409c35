using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmployerLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_AspNetUsers_RevokedByUserId",
                        column: x => x.RevokedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferringOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Disclosure = table.Column<int>(type: "INTEGER", nullable: false),
                    DisclosureBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DisclosureLegalBasis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ExplicitConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InterviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_AspNetUsers_ApprovedByUserId",
                        column: x => x.ApprovedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_AspNetUsers_ReferredByUserId",
                        column: x => x.ReferredByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_ReferringOrganisationId",
                        column: x => x.ReferringOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContractType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HoursPerWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactPersonUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCoachAgreed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmployedAtSixMonths = table.Column<bool>(type: "INTEGER", nullable: true),
                    EmployedAtTwelveMonths = table.Column<bool>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_AspNetUsers_ContactPersonUserId",
                        column: x => x.ContactPersonUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Organisations_PlacingOrganisationId",
                        column: x => x.PlacingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Placements_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByEmployerLinkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralEvents_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralEvents_EmployerLinks_ByEmployerLinkId",
                        column: x => x.ByEmployerLinkId,
                        principalTable: "EmployerLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralEvents_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AftercareTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AssigneeUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AftercareTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_AspNetUsers_AssigneeUserId",
                        column: x => x.AssigneeUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_AspNetUsers_CompletedByUserId",
                        column: x => x.CompletedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_AssigneeUserId_CompletedOn_DueOn",
                table: "AftercareTasks",
                columns: new[] { "AssigneeUserId", "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_CompletedByUserId",
                table: "AftercareTasks",
                column: "CompletedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_CompletedOn_DueOn",
                table: "AftercareTasks",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_PlacementId",
                table: "AftercareTasks",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_ReferralId",
                table: "AftercareTasks",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_RegionCode",
                table: "AftercareTasks",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_CreatedByUserId",
                table: "EmployerLinks",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_EmployerId",
                table: "EmployerLinks",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_RegionCode",
                table: "EmployerLinks",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_RevokedByUserId",
                table: "EmployerLinks",
                column: "RevokedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_VacancyId",
                table: "EmployerLinks",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ContactPersonUserId",
                table: "Placements",
                column: "ContactPersonUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EmployerId",
                table: "Placements",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_OwnerOrganisationId",
                table: "Placements",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PlacingOrganisationId_StartDate",
                table: "Placements",
                columns: new[] { "PlacingOrganisationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ReferralId",
                table: "Placements",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_RegionCode",
                table: "Placements",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VacancyId",
                table: "Placements",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ByEmployerLinkId",
                table: "ReferralEvents",
                column: "ByEmployerLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ByUserId",
                table: "ReferralEvents",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ReferralId",
                table: "ReferralEvents",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ApprovedByUserId",
                table: "Referrals",
                column: "ApprovedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_EmployerId",
                table: "Referrals",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_JobSeekerId",
                table: "Referrals",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OwnerOrganisationId_Status",
                table: "Referrals",
                columns: new[] { "OwnerOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferredByUserId_IdempotencyKey",
                table: "Referrals",
                columns: new[] { "ReferredByUserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferringOrganisationId_Status",
                table: "Referrals",
                columns: new[] { "ReferringOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_RegionCode",
                table: "Referrals",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_VacancyId_JobSeekerId",
                table: "Referrals",
                columns: new[] { "VacancyId", "JobSeekerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AftercareTasks");

            migrationBuilder.DropTable(
                name: "ReferralEvents");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "EmployerLinks");

            migrationBuilder.DropTable(
                name: "Referrals");
        }
    }
}
