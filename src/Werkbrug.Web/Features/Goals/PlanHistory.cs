using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Goals;

/// <summary>
/// The one way a change to a plan, goal or activity is saved: with its history entry (who, when, each field old → new)
/// in the same transaction, and from the version the user read (optimistic concurrency).
/// </summary>
public static class PlanHistory
{
    /// <summary>A part as it was before the edit; null for a new one.</summary>
    public static IReadOnlyDictionary<string, string?>? Before(IDescribed? part) => part?.Describe();

    /// <summary>Adds the history entry of <paramref name="part"/> (compared with <paramref name="before"/>) and saves; a lost race is a conflict and saves nothing.</summary>
    public static async Task<Error?> SaveAsync(
        this WerkbrugDb db, TimeProvider clock, Guid planId, PlanPart kind, Guid partId, ChangeAction action,
        IReadOnlyDictionary<string, string?>? before, IDescribed part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        var fields = Changes.Between(before, action == ChangeAction.Deleted ? null : part.Describe());
        if (action == ChangeAction.Updated && fields.Count == 0)
        {
            return null;
        }

        db.PlanChanges.Add(new PlanChange
        {
            RegionCode = db.Scope.RegionCode!,
            PlanId = planId,
            Part = kind,
            PartId = partId,
            Action = action,
            UserId = db.Scope.UserId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Fields = fields,
        });
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>The history of a plan, newest first.</summary>
    public static Task<List<PlanChange>> OfAsync(WerkbrugDb db, Guid planId, CancellationToken cancellationToken) =>
        db.PlanChanges.AsNoTracking().Where(c => c.PlanId == planId).OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
}
