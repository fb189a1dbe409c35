using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The referrals of one of the own organisation's job seekers and how they ended, newest first, as the referral
/// list shows them (<see cref="ReferralAccess"/>), for those who see the person by name (<see cref="JobSeekerAccess.Identified"/>).
/// 404 for anyone else.
/// </summary>
public static class JobSeekerReferrals
{
    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit)
    {
        /// <summary>The list, recorded in the audit log as a list of the person's referrals.</summary>
        public Task<Result<IReadOnlyList<ReferralRow>>> HandleAsync(Guid id, CancellationToken cancellationToken) => ReadAsync(id, record: true, cancellationToken);

        /// <summary>The list for the owner's profile page, whose Read record of the profile already covers it.</summary>
        public Task<Result<IReadOnlyList<ReferralRow>>> OnProfileAsync(Guid id, CancellationToken cancellationToken) => ReadAsync(id, record: false, cancellationToken);

        private async Task<Result<IReadOnlyList<ReferralRow>>> ReadAsync(Guid id, bool record, CancellationToken cancellationToken)
        {
            var pseudonym = await access.Identified.Where(j => j.Id == id).Select(j => j.Pseudonym).FirstOrDefaultAsync(cancellationToken);
            if (pseudonym is null)
            {
                return Error.NotFound();
            }

            var rows = await ReferralAccess.Visible(db).Where(r => r.JobSeekerId == id)
                .OrderByDescending(r => r.UpdatedAtUtc).ThenBy(r => r.Id).ToRows(db, access).ToListAsync(cancellationToken);
            if (record)
            {
                await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [pseudonym], cancellationToken);
            }

            return Result<IReadOnlyList<ReferralRow>>.Success(rows);
        }
    }
}
