using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written (ADR 0016): the two audit logs become compact (trace id and hash as bytes, no stored previous hash,
    /// activity, action and result as small numbers). SQLite cannot change a column's type, so each table is rebuilt and
    /// its records copied over unchanged in content (their hashes still verify); the append-only triggers are created
    /// again on the rebuilt tables.
    /// </summary>
    public partial class AuditGroupCommit : Migration
    {
        private const string Activity = """
            CASE "ActivityCode" WHEN 'werkzoekenden.profielbeheer' THEN 1 WHEN 'werkzoekenden.regionale-matching' THEN 2
                WHEN 'werkzoekenden.delen-op-grondslag' THEN 3 WHEN 'werkzoekenden.voordracht-en-nazorg' THEN 4
                WHEN 'werkzoekenden.dubbele-inschrijving' THEN 5 WHEN 'werkzoekenden.wissen' THEN 6 WHEN 'privacy.inzageverzoek' THEN 7 END
            """;

        private const string Action = """
            CASE "Action" WHEN 'Read' THEN 1 WHEN 'List' THEN 2 WHEN 'Search' THEN 3 WHEN 'Export' THEN 4 WHEN 'Create' THEN 5
                WHEN 'Update' THEN 6 WHEN 'Erase' THEN 7 END
            """;

        private const string ActivityName = """
            CASE "ActivityCode" WHEN 1 THEN 'werkzoekenden.profielbeheer' WHEN 2 THEN 'werkzoekenden.regionale-matching'
                WHEN 3 THEN 'werkzoekenden.delen-op-grondslag' WHEN 4 THEN 'werkzoekenden.voordracht-en-nazorg'
                WHEN 5 THEN 'werkzoekenden.dubbele-inschrijving' WHEN 6 THEN 'werkzoekenden.wissen' WHEN 7 THEN 'privacy.inzageverzoek' END
            """;

        private const string ActionName = """
            CASE "Action" WHEN 1 THEN 'Read' WHEN 2 THEN 'List' WHEN 3 THEN 'Search' WHEN 4 THEN 'Export' WHEN 5 THEN 'Create'
                WHEN 6 THEN 'Update' WHEN 7 THEN 'Erase' END
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ProcessingLogRecords_new" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_ProcessingLogRecords" PRIMARY KEY,
                    "RegionCode" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "TraceId" BLOB NOT NULL,
                    "ActivityCode" INTEGER NOT NULL,
                    "SubjectPseudonym" TEXT NOT NULL,
                    "Action" INTEGER NOT NULL,
                    "Result" INTEGER NOT NULL,
                    "AtUtc" TEXT NOT NULL,
                    "OrganisationId" TEXT NULL,
                    "Hash" BLOB NOT NULL);
                INSERT INTO "ProcessingLogRecords_new"
                SELECT "Id", "RegionCode", "Sequence", unhex("TraceId"), {Activity}, "SubjectPseudonym", {Action},
                    CASE "Result" WHEN 'Success' THEN 1 WHEN 'Failure' THEN 2 END, "AtUtc", "OrganisationId", unhex("Hash")
                FROM "ProcessingLogRecords";
                DROP TABLE "ProcessingLogRecords";
                ALTER TABLE "ProcessingLogRecords_new" RENAME TO "ProcessingLogRecords";

                CREATE TABLE "UserAuditRecords_new" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_UserAuditRecords" PRIMARY KEY,
                    "RegionCode" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "TraceId" BLOB NOT NULL,
                    "ActorUserId" TEXT NULL,
                    "ActorOrganisationId" TEXT NULL,
                    "Roles" TEXT NOT NULL,
                    "Path" TEXT NOT NULL,
                    "ActivityCode" INTEGER NOT NULL,
                    "Action" INTEGER NOT NULL,
                    "SubjectCount" INTEGER NOT NULL,
                    "AtUtc" TEXT NOT NULL,
                    "Hash" BLOB NOT NULL);
                INSERT INTO "UserAuditRecords_new"
                SELECT "Id", "RegionCode", "Sequence", unhex("TraceId"), "ActorUserId", "ActorOrganisationId", "Roles", "Path", {Activity}, {Action},
                    "SubjectCount", "AtUtc", unhex("Hash")
                FROM "UserAuditRecords";
                DROP TABLE "UserAuditRecords";
                ALTER TABLE "UserAuditRecords_new" RENAME TO "UserAuditRecords";
                """);
            Indexes(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ProcessingLogRecords_old" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_ProcessingLogRecords" PRIMARY KEY,
                    "RegionCode" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "TraceId" TEXT NOT NULL,
                    "ActivityCode" TEXT NOT NULL,
                    "SubjectPseudonym" TEXT NOT NULL,
                    "Action" TEXT NOT NULL,
                    "Result" TEXT NOT NULL,
                    "AtUtc" TEXT NOT NULL,
                    "OrganisationId" TEXT NULL,
                    "PreviousHash" TEXT NOT NULL,
                    "Hash" TEXT NOT NULL);
                INSERT INTO "ProcessingLogRecords_old"
                SELECT "Id", "RegionCode", "Sequence", lower(hex("TraceId")), {ActivityName}, "SubjectPseudonym", {ActionName},
                    CASE "Result" WHEN 1 THEN 'Success' WHEN 2 THEN 'Failure' END, "AtUtc", "OrganisationId",
                    coalesce(lower(hex(lag("Hash") OVER (PARTITION BY "RegionCode" ORDER BY "Sequence"))), printf('%064d', 0)), lower(hex("Hash"))
                FROM "ProcessingLogRecords";
                DROP TABLE "ProcessingLogRecords";
                ALTER TABLE "ProcessingLogRecords_old" RENAME TO "ProcessingLogRecords";

                CREATE TABLE "UserAuditRecords_old" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_UserAuditRecords" PRIMARY KEY,
                    "RegionCode" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "TraceId" TEXT NOT NULL,
                    "ActorUserId" TEXT NULL,
                    "ActorOrganisationId" TEXT NULL,
                    "Roles" TEXT NOT NULL,
                    "Path" TEXT NOT NULL,
                    "ActivityCode" TEXT NOT NULL,
                    "Action" TEXT NOT NULL,
                    "SubjectCount" INTEGER NOT NULL,
                    "AtUtc" TEXT NOT NULL,
                    "PreviousHash" TEXT NOT NULL,
                    "Hash" TEXT NOT NULL);
                INSERT INTO "UserAuditRecords_old"
                SELECT "Id", "RegionCode", "Sequence", lower(hex("TraceId")), "ActorUserId", "ActorOrganisationId", "Roles", "Path", {ActivityName}, {ActionName},
                    "SubjectCount", "AtUtc",
                    coalesce(lower(hex(lag("Hash") OVER (PARTITION BY "RegionCode" ORDER BY "Sequence"))), printf('%064d', 0)), lower(hex("Hash"))
                FROM "UserAuditRecords";
                DROP TABLE "UserAuditRecords";
                ALTER TABLE "UserAuditRecords_old" RENAME TO "UserAuditRecords";
                """);
            Indexes(migrationBuilder);
        }

        /// <summary>The indexes and the append-only triggers (ADR 0006) of the rebuilt tables.</summary>
        private static void Indexes(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE INDEX "IX_ProcessingLogRecords_RegionCode" ON "ProcessingLogRecords" ("RegionCode");
            CREATE UNIQUE INDEX "IX_ProcessingLogRecords_RegionCode_Sequence" ON "ProcessingLogRecords" ("RegionCode", "Sequence");
            CREATE INDEX "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc" ON "ProcessingLogRecords" ("RegionCode", "SubjectPseudonym", "AtUtc");
            CREATE INDEX "IX_ProcessingLogRecords_TraceId" ON "ProcessingLogRecords" ("TraceId");
            CREATE INDEX "IX_UserAuditRecords_RegionCode" ON "UserAuditRecords" ("RegionCode");
            CREATE INDEX "IX_UserAuditRecords_RegionCode_ActorUserId_AtUtc" ON "UserAuditRecords" ("RegionCode", "ActorUserId", "AtUtc");
            CREATE UNIQUE INDEX "IX_UserAuditRecords_RegionCode_Sequence" ON "UserAuditRecords" ("RegionCode", "Sequence");
            CREATE INDEX "IX_UserAuditRecords_TraceId" ON "UserAuditRecords" ("TraceId");
            CREATE TRIGGER "ProcessingLogRecords_no_update" BEFORE UPDATE ON "ProcessingLogRecords" BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE on ProcessingLogRecords refused'); END;
            CREATE TRIGGER "ProcessingLogRecords_no_delete" BEFORE DELETE ON "ProcessingLogRecords" BEGIN SELECT RAISE(ABORT, 'append-only: DELETE on ProcessingLogRecords refused'); END;
            CREATE TRIGGER "UserAuditRecords_no_update" BEFORE UPDATE ON "UserAuditRecords" BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE on UserAuditRecords refused'); END;
            CREATE TRIGGER "UserAuditRecords_no_delete" BEFORE DELETE ON "UserAuditRecords" BEGIN SELECT RAISE(ABORT, 'append-only: DELETE on UserAuditRecords refused'); END;
            """);
    }
}
