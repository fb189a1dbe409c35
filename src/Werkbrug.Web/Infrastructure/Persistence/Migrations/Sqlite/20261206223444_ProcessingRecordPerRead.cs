using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// ADR 0056: one processing record per read and region, naming its subjects in a JSON array. Each stored record becomes a
    /// record of its one subject, whose canonical form (and so its hash) is unchanged. Hand-written: the append-only trigger
    /// is lifted for that one UPDATE and put back, and the old column is dropped in place (no table rebuild).
    /// </summary>
    public partial class ProcessingRecordPerRead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc";
                ALTER TABLE "ProcessingLogRecords" ADD COLUMN "SubjectPseudonyms" TEXT NOT NULL DEFAULT '[]';
                DROP TRIGGER "ProcessingLogRecords_no_update";
                UPDATE "ProcessingLogRecords" SET "SubjectPseudonyms" = json_array("SubjectPseudonym");
                CREATE TRIGGER "ProcessingLogRecords_no_update" BEFORE UPDATE ON "ProcessingLogRecords" BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE on ProcessingLogRecords refused'); END;
                ALTER TABLE "ProcessingLogRecords" DROP COLUMN "SubjectPseudonym";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException("A record of several subjects cannot be split back into the chain of one record per subject; restore a backup instead.");
    }
}
