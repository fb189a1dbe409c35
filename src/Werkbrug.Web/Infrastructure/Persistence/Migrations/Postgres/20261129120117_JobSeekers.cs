using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
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
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    ProcessingSequence = table.Column<long>(type: "bigint", nullable: false),
                    ProcessingHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserSequence = table.Column<long>(type: "bigint", nullable: false),
                    UserHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.RegionCode);
                });

            migrationBuilder.CreateTable(
                name: "JobSeekers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseManagerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Pseudonym = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AddressLine = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Pc4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    SealedBsn = table.Column<string>(type: "text", nullable: true),
                    BsnHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SealedWorkRequirements = table.Column<string>(type: "text", nullable: true),
                    WerkfitStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WerkfitAssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WerkfitAssessedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Benefit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JobsAgreementTarget = table.Column<bool>(type: "boolean", nullable: false),
                    WorkAndThinkingLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DrivingLicences = table.Column<List<string>>(type: "text[]", nullable: false),
                    Traits = table.Column<List<string>>(type: "text[]", nullable: false),
                    Interests = table.Column<List<string>>(type: "text[]", nullable: false),
                    TrainingNeeds = table.Column<List<string>>(type: "text[]", nullable: false),
                    MinHoursPerWeek = table.Column<int>(type: "integer", nullable: true),
                    MaxHoursPerWeek = table.Column<int>(type: "integer", nullable: true),
                    MaxTravelKm = table.Column<int>(type: "integer", nullable: true),
                    MaxTravelMinutes = table.Column<int>(type: "integer", nullable: true),
                    Branches = table.Column<List<string>>(type: "text[]", nullable: false),
                    ContractDurations = table.Column<int[]>(type: "integer[]", nullable: false),
                    AgreementTypes = table.Column<int[]>(type: "integer[]", nullable: false),
                    IrregularHours = table.Column<int>(type: "integer", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    LastContactOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeregisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Competences = table.Column<string>(type: "jsonb", nullable: true),
                    Education = table.Column<string>(type: "jsonb", nullable: true),
                    Languages = table.Column<string>(type: "jsonb", nullable: true),
                    Skills = table.Column<string>(type: "jsonb", nullable: true),
                    WorkExperience = table.Column<string>(type: "jsonb", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    TraceId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActivityCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SubjectPseudonym = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Result = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingLogRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegionSecrets",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProtectedValue = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    TraceId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ActivityCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SubjectCount = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            // Append-only audit tables: the database itself refuses UPDATE, DELETE and TRUNCATE (ADR 0006).
            migrationBuilder.Sql("""
                CREATE FUNCTION werkbrug_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                """);
            migrationBuilder.Sql("""CREATE TRIGGER "ProcessingLogRecords_append_only" BEFORE UPDATE OR DELETE ON "ProcessingLogRecords" FOR EACH ROW EXECUTE FUNCTION werkbrug_refuse_audit_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "ProcessingLogRecords_no_truncate" BEFORE TRUNCATE ON "ProcessingLogRecords" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "UserAuditRecords_append_only" BEFORE UPDATE OR DELETE ON "UserAuditRecords" FOR EACH ROW EXECUTE FUNCTION werkbrug_refuse_audit_change();""");
            migrationBuilder.Sql("""CREATE TRIGGER "UserAuditRecords_no_truncate" BEFORE TRUNCATE ON "UserAuditRecords" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ProcessingLogRecords_append_only" ON "ProcessingLogRecords";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ProcessingLogRecords_no_truncate" ON "ProcessingLogRecords";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "UserAuditRecords_append_only" ON "UserAuditRecords";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "UserAuditRecords_no_truncate" ON "UserAuditRecords";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS werkbrug_refuse_audit_change();");

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
