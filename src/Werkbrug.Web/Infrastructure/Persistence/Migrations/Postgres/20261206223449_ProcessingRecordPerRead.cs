using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// ADR 0056: one processing record per read and region, naming its subjects in an array with a GIN index. Each stored
    /// record becomes a record of its one subject, whose canonical form (and so its hash) is unchanged. Hand-written: the
    /// column changes type in place (one rewrite of the partitions, no UPDATE, so the append-only triggers stay).
    /// </summary>
    public partial class ProcessingRecordPerRead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc";
                ALTER TABLE "ProcessingLogRecords" ALTER COLUMN "SubjectPseudonym" TYPE character varying(13)[] USING ARRAY["SubjectPseudonym"];
                ALTER TABLE "ProcessingLogRecords" RENAME COLUMN "SubjectPseudonym" TO "SubjectPseudonyms";
                CREATE INDEX "IX_ProcessingLogRecords_SubjectPseudonyms" ON "ProcessingLogRecords" USING gin ("SubjectPseudonyms");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException("A record of several subjects cannot be split back into the chain of one record per subject; restore a backup instead.");
    }
}
