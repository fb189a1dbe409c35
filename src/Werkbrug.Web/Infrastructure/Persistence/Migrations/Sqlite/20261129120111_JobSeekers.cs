using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobSeekers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ProcessingSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessingHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    UserHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.RegionCode);
                });

            migrationBuilder.CreateTable(
                name: "JobSeekers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Pc4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SealedBsn = table.Column<string>(type: "TEXT", nullable: true),
                    BsnHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SealedWorkRequirements = table.Column<string>(type: "TEXT", nullable: true),
                    WerkfitStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WerkfitAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WerkfitAssessedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Benefit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JobsAgreementTarget = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkAndThinkingLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DrivingLicences = table.Column<string>(type: "TEXT", nullable: false),
                    Traits = table.Column<string>(type: "TEXT", nullable: false),
                    Interests = table.Column<string>(type: "TEXT", nullable: false),
                    TrainingNeeds = table.Column<string>(type: "TEXT", nullable: false),
                    MinHoursPerWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxHoursPerWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxTravelKm = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxTravelMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Branches = table.Column<string>(type: "TEXT", nullable: false),
                    ContractDurations = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementTypes = table.Column<string>(type: "TEXT", nullable: false),
                    IrregularHours = table.Column<int>(type: "INTEGER", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastContactOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeregisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Competences = table.Column<string>(type: "TEXT", nullable: true),
                    Education = table.Column<string>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: true),
                    Skills = table.Column<string>(type: "TEXT", nullable: true),
                    WorkExperience = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobSeekers_AspNetUsers_CaseManagerUserId",
                        column: x => x.CaseManagerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobSeekers_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobSeekers_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingLogRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectPseudonym = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingLogRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegionSecrets",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionSecrets", x => new { x.RegionCode, x.Purpose });
                    table.ForeignKey(
                        name: "FK_RegionSecrets_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserAuditRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubjectCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserAuditRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_CaseManagerUserId",
                table: "JobSeekers",
                column: "CaseManagerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_OwnerOrganisationId_ExternalId",
                table: "JobSeekers",
                columns: new[] { "OwnerOrganisationId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode",
                table: "JobSeekers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode_BsnHash",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "BsnHash" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode_OwnerOrganisationId_Surname",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "OwnerOrganisationId", "Surname" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode_Pseudonym",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "Pseudonym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_RegionCode",
                table: "ProcessingLogRecords",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_RegionCode_Sequence",
                table: "ProcessingLogRecords",
                columns: new[] { "RegionCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc",
                table: "ProcessingLogRecords",
                columns: new[] { "RegionCode", "SubjectPseudonym", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_TraceId",
                table: "ProcessingLogRecords",
                column: "TraceId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_RegionCode",
                table: "UserAuditRecords",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_RegionCode_ActorUserId_AtUtc",
                table: "UserAuditRecords",
                columns: new[] { "RegionCode", "ActorUserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_RegionCode_Sequence",
                table: "UserAuditRecords",
                columns: new[] { "RegionCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_TraceId",
                table: "UserAuditRecords",
                column: "TraceId");

            // Append-only audit tables: the database itself refuses UPDATE and DELETE (ADR 0006). A later migration
            // that rebuilds one of these tables must create these triggers again.
            migrationBuilder.Sql("""CREATE TRIGGER "ProcessingLogRecords_no_update" BEFORE UPDATE ON "ProcessingLogRecords" BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE on ProcessingLogRecords refused'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "ProcessingLogRecords_no_delete" BEFORE DELETE ON "ProcessingLogRecords" BEGIN SELECT RAISE(ABORT, 'append-only: DELETE on ProcessingLogRecords refused'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "UserAuditRecords_no_update" BEFORE UPDATE ON "UserAuditRecords" BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE on UserAuditRecords refused'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "UserAuditRecords_no_delete" BEFORE DELETE ON "UserAuditRecords" BEGIN SELECT RAISE(ABORT, 'append-only: DELETE on UserAuditRecords refused'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ProcessingLogRecords_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ProcessingLogRecords_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "UserAuditRecords_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "UserAuditRecords_no_delete";""");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "JobSeekers");

            migrationBuilder.DropTable(
                name: "ProcessingLogRecords");

            migrationBuilder.DropTable(
                name: "RegionSecrets");

            migrationBuilder.DropTable(
                name: "UserAuditRecords");
        }
    }
}
