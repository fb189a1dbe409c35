using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>The colleagues a task can be handed to: the active users of the own organisation.</summary>
public sealed class AftercareChoices(WerkbrugDb db)
{
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ColleaguesAsync(CancellationToken cancellationToken)
    {
        var organisation = db.Scope.OrganisationId ?? Guid.Empty;
        return (await db.Users.Where(u => u.OrganisationId == organisation && u.IsActive).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
            .Select(u => KeyValuePair.Create(u.Id.ToString(), u.DisplayName)).ToList();
    }
}
