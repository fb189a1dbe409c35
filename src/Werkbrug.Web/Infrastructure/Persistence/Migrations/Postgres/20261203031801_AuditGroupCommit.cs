using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Hand-written (ADR 0016): the two audit logs become compact (trace id and hash as bytes, no stored previous hash,
    /// activity, action and result as small numbers) and partitioned by month on AtUtc, so an old month can be detached
    /// and archived. Existing records are copied over unchanged in content, so their hashes still verify. Row triggers on
    /// the partitioned tables reach every partition; TRUNCATE triggers are set on each partition as it is created.
    /// </summary>
    public partial class AuditGroupCommit : Migration
    {
        private const string Activities = "ARRAY['werkzoekenden.profielbeheer', 'werkzoekenden.regionale-matching', 'werkzoekenden.delen-op-grondslag', 'werkzoekenden.voordracht-en-nazorg', 'werkzoekenden.dubbele-inschrijving', 'werkzoekenden.wissen', 'privacy.inzageverzoek']::text[]";
        private const string Actions = "ARRAY['Read', 'List', 'Search', 'Export', 'Create', 'Update', 'Erase']::text[]";
        private const string Results = "ARRAY['Success', 'Failure']::text[]";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "ProcessingLogRecords" RENAME TO "ProcessingLogRecords_v1";
                ALTER TABLE "ProcessingLogRecords_v1" DROP CONSTRAINT "PK_ProcessingLogRecords";
                DROP INDEX "IX_ProcessingLogRecords_RegionCode", "IX_ProcessingLogRecords_RegionCode_Sequence",
                    "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc", "IX_ProcessingLogRecords_TraceId";
                ALTER TABLE "UserAuditRecords" RENAME TO "UserAuditRecords_v1";
                ALTER TABLE "UserAuditRecords_v1" DROP CONSTRAINT "PK_UserAuditRecords";
                DROP INDEX "IX_UserAuditRecords_RegionCode", "IX_UserAuditRecords_RegionCode_ActorUserId_AtUtc",
                    "IX_UserAuditRecords_RegionCode_Sequence", "IX_UserAuditRecords_TraceId";

                -- Fixed-width columns first, so no padding is stored between them.
                CREATE TABLE "ProcessingLogRecords" (
                    "Sequence" bigint NOT NULL,
                    "AtUtc" timestamp with time zone NOT NULL,
                    "Id" uuid NOT NULL,
                    "OrganisationId" uuid NULL,
                    "ActivityCode" smallint NOT NULL,
                    "Action" smallint NOT NULL,
                    "Result" smallint NOT NULL,
                    "RegionCode" character varying(4) NOT NULL,
                    "SubjectPseudonym" character varying(13) NOT NULL,
                    "TraceId" bytea NOT NULL,
                    "Hash" bytea NOT NULL,
                    CONSTRAINT "PK_ProcessingLogRecords" PRIMARY KEY ("Id", "AtUtc")
                ) PARTITION BY RANGE ("AtUtc");
                CREATE INDEX "IX_ProcessingLogRecords_RegionCode" ON "ProcessingLogRecords" ("RegionCode");
                -- A unique index on a partitioned table must hold the partition key; the chain head's version and the
                -- region's advisory lock are what keep a chain from forking (ADR 0006, 0016).
                CREATE UNIQUE INDEX "IX_ProcessingLogRecords_RegionCode_Sequence" ON "ProcessingLogRecords" ("RegionCode", "Sequence", "AtUtc");
                CREATE INDEX "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc" ON "ProcessingLogRecords" ("RegionCode", "SubjectPseudonym", "AtUtc");
                CREATE INDEX "IX_ProcessingLogRecords_TraceId" ON "ProcessingLogRecords" ("TraceId");
                CREATE TABLE "ProcessingLogRecords_default" PARTITION OF "ProcessingLogRecords" DEFAULT;

                CREATE TABLE "UserAuditRecords" (
                    "Sequence" bigint NOT NULL,
                    "AtUtc" timestamp with time zone NOT NULL,
                    "Id" uuid NOT NULL,
                    "ActorUserId" uuid NULL,
                    "ActorOrganisationId" uuid NULL,
                    "SubjectCount" integer NOT NULL,
                    "ActivityCode" smallint NOT NULL,
                    "Action" smallint NOT NULL,
                    "RegionCode" character varying(4) NOT NULL,
                    "TraceId" bytea NOT NULL,
                    "Roles" character varying(200) NOT NULL,
                    "Path" character varying(300) NOT NULL,
                    "Hash" bytea NOT NULL,
                    CONSTRAINT "PK_UserAuditRecords" PRIMARY KEY ("Id", "AtUtc")
                ) PARTITION BY RANGE ("AtUtc");
                CREATE INDEX "IX_UserAuditRecords_RegionCode" ON "UserAuditRecords" ("RegionCode");
                CREATE INDEX "IX_UserAuditRecords_RegionCode_ActorUserId_AtUtc" ON "UserAuditRecords" ("RegionCode", "ActorUserId", "AtUtc");
                CREATE UNIQUE INDEX "IX_UserAuditRecords_RegionCode_Sequence" ON "UserAuditRecords" ("RegionCode", "Sequence", "AtUtc");
                CREATE INDEX "IX_UserAuditRecords_TraceId" ON "UserAuditRecords" ("TraceId");
                CREATE TABLE "UserAuditRecords_default" PARTITION OF "UserAuditRecords" DEFAULT;

                -- Row triggers on a partitioned table are cloned to every partition, now and later; TRUNCATE triggers are not.
                CREATE TRIGGER "ProcessingLogRecords_append_only" BEFORE UPDATE OR DELETE ON "ProcessingLogRecords" FOR EACH ROW EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "ProcessingLogRecords_no_truncate" BEFORE TRUNCATE ON "ProcessingLogRecords" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "ProcessingLogRecords_default_no_truncate" BEFORE TRUNCATE ON "ProcessingLogRecords_default" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "UserAuditRecords_append_only" BEFORE UPDATE OR DELETE ON "UserAuditRecords" FOR EACH ROW EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "UserAuditRecords_no_truncate" BEFORE TRUNCATE ON "UserAuditRecords" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "UserAuditRecords_default_no_truncate" BEFORE TRUNCATE ON "UserAuditRecords_default" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();
                """);

            // Creates the monthly partitions (UTC months) from one time to another, skipping those that exist. A month whose
            // rows already sit in the default partition is left there (creating it would fail); start-up and the audit writer
            // call this ahead of time (AuditPartitions), so that happens only to records stamped far outside the present.
            migrationBuilder.Sql("""
                CREATE FUNCTION werkbrug_audit_partitions(from_utc timestamptz, to_utc timestamptz) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    m timestamp := date_trunc('month', from_utc AT TIME ZONE 'UTC');
                    parent text;
                    part text;
                BEGIN
                    PERFORM pg_advisory_xact_lock(hashtext('werkbrug_audit_partitions'));
                    WHILE m <= to_utc AT TIME ZONE 'UTC' LOOP
                        FOREACH parent IN ARRAY ARRAY['ProcessingLogRecords', 'UserAuditRecords'] LOOP
                            part := parent || '_' || to_char(m, 'YYYY_MM');
                            IF to_regclass(quote_ident(part)) IS NULL THEN
                                BEGIN
                                    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                                        part, parent, m AT TIME ZONE 'UTC', (m + interval '1 month') AT TIME ZONE 'UTC');
                                    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change()',
                                        part || '_no_truncate', part);
                                EXCEPTION WHEN check_violation THEN
                                    RAISE NOTICE 'audit partition % not created: the default partition holds rows of that month', part;
                                END;
                            END IF;
                        END LOOP;
                        m := m + interval '1 month';
                    END LOOP;
                END
                $$;
                """);

            migrationBuilder.Sql("""
                SELECT werkbrug_audit_partitions(
                    least(now(), (SELECT min("AtUtc") FROM "ProcessingLogRecords_v1"), (SELECT min("AtUtc") FROM "UserAuditRecords_v1")),
                    now() + interval '3 months');
                """);

            // The same content in the compact encoding: hashes computed over it stay valid.
            migrationBuilder.Sql($"""
                INSERT INTO "ProcessingLogRecords" ("Sequence", "AtUtc", "Id", "OrganisationId", "ActivityCode", "Action", "Result", "RegionCode", "SubjectPseudonym", "TraceId", "Hash")
                SELECT "Sequence", "AtUtc", "Id", "OrganisationId", array_position({Activities}, "ActivityCode"::text), array_position({Actions}, "Action"::text),
                    array_position({Results}, "Result"::text), "RegionCode", "SubjectPseudonym", decode("TraceId", 'hex'), decode("Hash", 'hex')
                FROM "ProcessingLogRecords_v1";
                INSERT INTO "UserAuditRecords" ("Sequence", "AtUtc", "Id", "ActorUserId", "ActorOrganisationId", "SubjectCount", "ActivityCode", "Action", "RegionCode", "TraceId", "Roles", "Path", "Hash")
                SELECT "Sequence", "AtUtc", "Id", "ActorUserId", "ActorOrganisationId", "SubjectCount", array_position({Activities}, "ActivityCode"::text),
                    array_position({Actions}, "Action"::text), "RegionCode", decode("TraceId", 'hex'), "Roles", "Path", decode("Hash", 'hex')
                FROM "UserAuditRecords_v1";
                DROP TABLE "ProcessingLogRecords_v1";
                DROP TABLE "UserAuditRecords_v1";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE "ProcessingLogRecords" RENAME TO "ProcessingLogRecords_v2";
                ALTER TABLE "ProcessingLogRecords_v2" DROP CONSTRAINT "PK_ProcessingLogRecords";
                DROP INDEX "IX_ProcessingLogRecords_RegionCode", "IX_ProcessingLogRecords_RegionCode_Sequence",
                    "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc", "IX_ProcessingLogRecords_TraceId";
                ALTER TABLE "UserAuditRecords" RENAME TO "UserAuditRecords_v2";
                ALTER TABLE "UserAuditRecords_v2" DROP CONSTRAINT "PK_UserAuditRecords";
                DROP INDEX "IX_UserAuditRecords_RegionCode", "IX_UserAuditRecords_RegionCode_ActorUserId_AtUtc",
                    "IX_UserAuditRecords_RegionCode_Sequence", "IX_UserAuditRecords_TraceId";

                CREATE TABLE "ProcessingLogRecords" (
                    "Id" uuid NOT NULL CONSTRAINT "PK_ProcessingLogRecords" PRIMARY KEY,
                    "RegionCode" character varying(4) NOT NULL,
                    "Sequence" bigint NOT NULL,
                    "TraceId" character varying(32) NOT NULL,
                    "ActivityCode" character varying(60) NOT NULL,
                    "SubjectPseudonym" character varying(13) NOT NULL,
                    "Action" character varying(10) NOT NULL,
                    "Result" character varying(10) NOT NULL,
                    "AtUtc" timestamp with time zone NOT NULL,
                    "OrganisationId" uuid NULL,
                    "PreviousHash" character varying(64) NOT NULL,
                    "Hash" character varying(64) NOT NULL);
                INSERT INTO "ProcessingLogRecords"
                SELECT "Id", "RegionCode", "Sequence", encode("TraceId", 'hex'), ({Activities})["ActivityCode"], ({Actions})["Action"], ({Results})["Result"],
                    "AtUtc", "OrganisationId",
                    coalesce(encode(lag("Hash") OVER (PARTITION BY "RegionCode" ORDER BY "Sequence"), 'hex'), repeat('0', 64)), encode("Hash", 'hex')
                FROM "ProcessingLogRecords_v2";
                CREATE INDEX "IX_ProcessingLogRecords_RegionCode" ON "ProcessingLogRecords" ("RegionCode");
                CREATE UNIQUE INDEX "IX_ProcessingLogRecords_RegionCode_Sequence" ON "ProcessingLogRecords" ("RegionCode", "Sequence");
                CREATE INDEX "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc" ON "ProcessingLogRecords" ("RegionCode", "SubjectPseudonym", "AtUtc");
                CREATE INDEX "IX_ProcessingLogRecords_TraceId" ON "ProcessingLogRecords" ("TraceId");

                CREATE TABLE "UserAuditRecords" (
                    "Id" uuid NOT NULL CONSTRAINT "PK_UserAuditRecords" PRIMARY KEY,
                    "RegionCode" character varying(4) NOT NULL,
                    "Sequence" bigint NOT NULL,
                    "TraceId" character varying(32) NOT NULL,
                    "ActorUserId" uuid NULL,
                    "ActorOrganisationId" uuid NULL,
                    "Roles" character varying(200) NOT NULL,
                    "Path" character varying(300) NOT NULL,
                    "ActivityCode" character varying(60) NOT NULL,
                    "Action" character varying(10) NOT NULL,
                    "SubjectCount" integer NOT NULL,
                    "AtUtc" timestamp with time zone NOT NULL,
                    "PreviousHash" character varying(64) NOT NULL,
                    "Hash" character varying(64) NOT NULL);
                INSERT INTO "UserAuditRecords"
                SELECT "Id", "RegionCode", "Sequence", encode("TraceId", 'hex'), "ActorUserId", "ActorOrganisationId", "Roles", "Path",
                    ({Activities})["ActivityCode"], ({Actions})["Action"], "SubjectCount", "AtUtc",
                    coalesce(encode(lag("Hash") OVER (PARTITION BY "RegionCode" ORDER BY "Sequence"), 'hex'), repeat('0', 64)), encode("Hash", 'hex')
                FROM "UserAuditRecords_v2";
                CREATE INDEX "IX_UserAuditRecords_RegionCode" ON "UserAuditRecords" ("RegionCode");
                CREATE INDEX "IX_UserAuditRecords_RegionCode_ActorUserId_AtUtc" ON "UserAuditRecords" ("RegionCode", "ActorUserId", "AtUtc");
                CREATE UNIQUE INDEX "IX_UserAuditRecords_RegionCode_Sequence" ON "UserAuditRecords" ("RegionCode", "Sequence");
                CREATE INDEX "IX_UserAuditRecords_TraceId" ON "UserAuditRecords" ("TraceId");

                DROP TABLE "ProcessingLogRecords_v2";
                DROP TABLE "UserAuditRecords_v2";
                DROP FUNCTION werkbrug_audit_partitions(timestamptz, timestamptz);
                CREATE TRIGGER "ProcessingLogRecords_append_only" BEFORE UPDATE OR DELETE ON "ProcessingLogRecords" FOR EACH ROW EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "ProcessingLogRecords_no_truncate" BEFORE TRUNCATE ON "ProcessingLogRecords" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "UserAuditRecords_append_only" BEFORE UPDATE OR DELETE ON "UserAuditRecords" FOR EACH ROW EXECUTE FUNCTION werkbrug_refuse_audit_change();
                CREATE TRIGGER "UserAuditRecords_no_truncate" BEFORE TRUNCATE ON "UserAuditRecords" FOR EACH STATEMENT EXECUTE FUNCTION werkbrug_refuse_audit_change();
                """);
        }
    }
}
