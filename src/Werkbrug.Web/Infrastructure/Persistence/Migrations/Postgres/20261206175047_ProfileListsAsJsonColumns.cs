using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProfileListsAsJsonColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ADR 0054: the lists are mapped as JSON columns, which read a stored null as no list at all; an empty list is [].
            migrationBuilder.Sql("""
                UPDATE "JobSeekers" SET
                    "Competences" = COALESCE("Competences", '[]'), "Languages" = COALESCE("Languages", '[]'), "Education" = COALESCE("Education", '[]'),
                    "WorkExperience" = COALESCE("WorkExperience", '[]'), "Skills" = COALESCE("Skills", '[]')
                WHERE "Competences" IS NULL OR "Languages" IS NULL OR "Education" IS NULL OR "WorkExperience" IS NULL OR "Skills" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The filled lists are what the owned JSON collections wrote for an empty list; nothing to undo.
        }
    }
}
