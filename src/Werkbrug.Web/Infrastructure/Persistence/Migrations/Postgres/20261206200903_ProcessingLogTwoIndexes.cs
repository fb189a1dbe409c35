using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProcessingLogTwoIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The partitioned table's (Id, AtUtc) key goes: the chain's unique (RegionCode, Sequence, AtUtc) index is the
            // records' key, and nothing looks a record up by id (ADR 0055). EF's model keeps Id as its key.
            migrationBuilder.Sql("""ALTER TABLE "ProcessingLogRecords" DROP CONSTRAINT "PK_ProcessingLogRecords";""");

            migrationBuilder.DropIndex(
                name: "IX_ProcessingLogRecords_TraceId",
                table: "ProcessingLogRecords");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_AtUtc",
                table: "ProcessingLogRecords",
                column: "AtUtc")
                .Annotation("Npgsql:IndexMethod", "brin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProcessingLogRecords_AtUtc",
                table: "ProcessingLogRecords");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_TraceId",
                table: "ProcessingLogRecords",
                column: "TraceId");

            migrationBuilder.Sql("""ALTER TABLE "ProcessingLogRecords" ADD CONSTRAINT "PK_ProcessingLogRecords" PRIMARY KEY ("Id", "AtUtc");""");
        }
    }
}
