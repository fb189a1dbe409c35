using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

[Authorize(Policy = Policies.Advisers)]
public sealed class ImportVacanciesPage(ImportVacancies.Handler handler, IStringLocalizer<SharedResource> text)
    : ImportPageModel(text, ImportVacancies.Columns, new("VacancyImport", "/vacancies", "Vacancy.BackToList"))
{
    protected override Task<Result<ImportResult>> ImportAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken) =>
        handler.HandleAsync(csv, dryRun, cancellationToken);
}
