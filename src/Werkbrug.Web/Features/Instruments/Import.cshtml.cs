using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>Importing instruments from a CSV file or a JSON array (the export's shapes), with a dry run and a per-row report.</summary>
[Authorize(Policy = Policies.InstrumentEditors)]
public sealed class InstrumentImportPage(InstrumentTransfer.Handler handler, IStringLocalizer<SharedResource> text)
    : ImportPageModel(text, InstrumentTransfer.Columns, new ImportPageText("InstrumentImport", "/instruments", "Instruments.BackToList"))
{
    protected override Task<Result<ImportResult>> ImportAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken) =>
        handler.ImportAsync(csv, dryRun, cancellationToken);
}
