using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class ImportDurabilityPage(ImportDurability.Handler handler, IStringLocalizer<SharedResource> text)
    : ImportPageModel(text, ImportDurability.Columns, new("PlacementImport", "/placements", "Placement.BackToList"))
{
    protected override Task<Result<ImportResult>> ImportAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken) =>
        handler.HandleAsync(csv, dryRun, cancellationToken);
}
