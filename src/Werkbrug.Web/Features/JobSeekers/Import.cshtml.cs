using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Imports;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class ImportJobSeekersPage(ImportJobSeekers.Handler handler, IStringLocalizer<SharedResource> text)
    : ImportPageModel(text, ImportJobSeekers.Columns, new("JobSeekerImport", "/job-seekers", "JobSeeker.BackToList"))
{
    protected override Task<Result<ImportResult>> ImportAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken) =>
        handler.CsvAsync(csv, dryRun, cancellationToken);
}
