using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The processing log of one job seeker, for answering an access request (GDPR art. 15): what was done with
/// their data, when, under which processing activity and by which organisation; never which colleague (that is
/// in the user audit log, for investigations). Functional administrators of the owner organisation only
/// (ADR 0006). Reading it is itself a processing and is logged.
/// </summary>
public static class AuditLogQuery
{
    public sealed record Entry(DateTime AtUtc, string ActivityCode, AuditAction Action, AuditResult Result, Guid? OrganisationId, string Organisation, string TraceId);

    public sealed record Query : PageRequest
    {
        [Required]
        public Guid? JobSeekerId { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit)
    {
        public async Task<Result<Paged<Entry>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<Entry>>.Failure(errors);
            }

            var pseudonym = await access.Owned.Where(j => j.Id == query.JobSeekerId).Select(j => j.Pseudonym).FirstOrDefaultAsync(cancellationToken);
            if (pseudonym is null)
            {
                return Error.NotFound();
            }

            var entries = await db.ProcessingLog.Where(r => r.SubjectPseudonyms.Contains(pseudonym))
                .OrderByDescending(r => r.Sequence)
                .Select(r => new Entry(
                    r.AtUtc, r.ActivityCode, r.Action, r.Result, r.OrganisationId,
                    db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).FirstOrDefault() ?? string.Empty, r.TraceId))
                .ToPagedAsync(query, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.AccessRequest, AuditAction.Read, [pseudonym], cancellationToken);
            return entries;
        }
    }
}
