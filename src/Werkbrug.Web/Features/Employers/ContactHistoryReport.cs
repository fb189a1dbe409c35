using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// The per-row report of a contact history import as the page and the API show it: the counts, then every line of the
/// file with its outcome (imported, already present, rejected), the contact moment it became or already was, and its
/// errors or remarks in words. Unlike <see cref="ImportReport"/> every line is listed, not only those with remarks.
/// </summary>
public sealed record ContactHistoryReport(bool DryRun, int Total, int Imported, int AlreadyPresent, int Rejected, IReadOnlyList<ContactHistoryReport.Line> Rows)
{
    public sealed record Line(
        int LineNumber, string? KvkNumber, ImportContactHistory.RowOutcome Outcome, Guid? ContactMomentId,
        IReadOnlyList<ImportReport.Message> Errors, IReadOnlyList<ImportReport.Message> Remarks);

    /// <summary>Puts an outcome into words; a message names its column in English (API) or by its Dutch name (page).</summary>
    public static ContactHistoryReport From(ImportContactHistory.Outcome outcome, IStringLocalizer text, bool dutchColumnNames = false)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ImportReport.Message Describe(Domain.Common.Error e) => new(
            ImportContactHistory.Columns.FirstOrDefault(c => c.Field == e.Field) is { } c ? dutchColumnNames ? c.DutchName : c.Name : null,
            text.Describe(e));
        int Count(ImportContactHistory.RowOutcome o) => outcome.Rows.Count(r => r.Outcome == o);
        return new ContactHistoryReport(
            outcome.DryRun, outcome.Rows.Count, Count(ImportContactHistory.RowOutcome.Imported), Count(ImportContactHistory.RowOutcome.AlreadyPresent),
            Count(ImportContactHistory.RowOutcome.Rejected),
            outcome.Rows.Select(r => new Line(r.Line, r.KvkNumber, r.Outcome, r.ContactMomentId, r.Errors.Select(Describe).ToList(), r.Remarks.Select(Describe).ToList())).ToList());
    }
}
