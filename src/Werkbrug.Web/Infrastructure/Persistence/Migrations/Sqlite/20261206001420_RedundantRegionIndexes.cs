using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RedundantRegionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VacancyOfferTargets_RegionCode",
                table: "VacancyOfferTargets");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_RegionCode",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_UserAuditRecords_RegionCode",
                table: "UserAuditRecords");

            migrationBuilder.DropIndex(
                name: "IX_Teams_RegionCode",
                table: "Teams");

            migrationBuilder.DropIndex(
                name: "IX_SurveyOptOuts_RegionCode",
                table: "SurveyOptOuts");

            migrationBuilder.DropIndex(
                name: "IX_ServicePoints_RegionCode",
                table: "ServicePoints");

            migrationBuilder.DropIndex(
                name: "IX_ProcessingLogRecords_RegionCode",
                table: "ProcessingLogRecords");

            migrationBuilder.DropIndex(
                name: "IX_PopulationCounts_RegionCode",
                table: "PopulationCounts");

            migrationBuilder.DropIndex(
                name: "IX_PoolDays_RegionCode",
                table: "PoolDays");

            migrationBuilder.DropIndex(
                name: "IX_Plans_RegionCode",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_RegionCode",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_MatchingWeightSets_RegionCode",
                table: "MatchingWeightSets");

            migrationBuilder.DropIndex(
                name: "IX_JobSeekers_RegionCode",
                table: "JobSeekers");

            migrationBuilder.DropIndex(
                name: "IX_IntakeRequests_RegionCode",
                table: "IntakeRequests");

            migrationBuilder.DropIndex(
                name: "IX_Instruments_RegionCode",
                table: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_Goals_RegionCode",
                table: "Goals");

            migrationBuilder.DropIndex(
                name: "IX_ExchangeDeliveries_RegionCode",
                table: "ExchangeDeliveries");

            migrationBuilder.DropIndex(
                name: "IX_ExchangeChanges_RegionCode",
                table: "ExchangeChanges");

            migrationBuilder.DropIndex(
                name: "IX_EvaluationTexts_RegionCode",
                table: "EvaluationTexts");

            migrationBuilder.DropIndex(
                name: "IX_ErasedJobSeekers_RegionCode",
                table: "ErasedJobSeekers");

            migrationBuilder.DropIndex(
                name: "IX_Employers_RegionCode",
                table: "Employers");

            migrationBuilder.DropIndex(
                name: "IX_ContactMoments_RegionCode",
                table: "ContactMoments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VacancyOfferTargets_RegionCode",
                table: "VacancyOfferTargets",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_RegionCode",
                table: "Vacancies",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_RegionCode",
                table: "UserAuditRecords",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_RegionCode",
                table: "Teams",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyOptOuts_RegionCode",
                table: "SurveyOptOuts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_RegionCode",
                table: "ServicePoints",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_RegionCode",
                table: "ProcessingLogRecords",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PopulationCounts_RegionCode",
                table: "PopulationCounts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PoolDays_RegionCode",
                table: "PoolDays",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_RegionCode",
                table: "Plans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_RegionCode",
                table: "Organisations",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingWeightSets_RegionCode",
                table: "MatchingWeightSets",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode",
                table: "JobSeekers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_RegionCode",
                table: "IntakeRequests",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_RegionCode",
                table: "Instruments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_RegionCode",
                table: "Goals",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeDeliveries_RegionCode",
                table: "ExchangeDeliveries",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeChanges_RegionCode",
                table: "ExchangeChanges",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationTexts_RegionCode",
                table: "EvaluationTexts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ErasedJobSeekers_RegionCode",
                table: "ErasedJobSeekers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RegionCode",
                table: "Employers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_RegionCode",
                table: "ContactMoments",
                column: "RegionCode");
        }
    }
}
