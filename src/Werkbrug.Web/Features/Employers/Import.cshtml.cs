using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

[Authorize(Policy = Policies.Advisers)]
public sealed class ImportEmployersPage(ImportEmployers.Handler handler, IStringLocalizer<SharedResource> text)
    : ImportPageModel(text, ImportEmployers.Columns, new("EmployerImport", "/employers", "Employer.BackToList"))
{
    protected override Task<Result<ImportResult>> ImportAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken) =>
        handler.HandleAsync(csv, dryRun, cancellationToken);
}
