using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>
/// Recomputes a region's two chains (in the caller's region scope, or any region in the system scope) from the stored records and compares them with the head. A changed,
/// removed or inserted record, or a head that does not match the last record, is reported with its sequence.
/// (Cutting records off the end AND rewriting the head is not detectable from inside the database; ADR 0006
/// describes anchoring the head outside it.)
/// </summary>
public sealed class AuditChainVerifier(WerkbrugDb db)
{
    public sealed record Verification(string RegionCode, long ProcessingRecords, long? ProcessingBrokenAt, long UserRecords, long? UserBrokenAt)
    {
        public bool IsIntact => ProcessingBrokenAt is null && UserBrokenAt is null;
    }

    public async Task<Verification> VerifyAsync(string regionCode, CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.RegionCode == regionCode, cancellationToken)
            ?? new AuditChainHead { RegionCode = regionCode };
        var processing = await db.ProcessingLog.AsNoTracking()
            .Where(r => r.RegionCode == regionCode).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        var users = await db.UserAuditLog.AsNoTracking()
            .Where(r => r.RegionCode == regionCode).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        return new Verification(
            regionCode,
            processing.Count, Check(processing, head.ProcessingSequence, head.ProcessingHash),
            users.Count, Check(users, head.UserSequence, head.UserHash));
    }

    private static long? Check<T>(List<T> records, long headSequence, string headHash)
        where T : IAppendOnly
    {
        var broken = AuditChain.FirstBroken(records.Select(r => (r.Sequence, r.Hash, r.Canonical())));
        if (broken is not null)
        {
            return broken;
        }

        var lastSequence = records.Count == 0 ? 0 : records[^1].Sequence;
        var lastHash = records.Count == 0 ? AuditChain.Genesis : records[^1].Hash;
        return lastSequence == headSequence && lastHash == headHash ? null : lastSequence + 1;
    }
}
