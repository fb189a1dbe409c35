using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>The colleagues a task can be handed to: the active users of the own organisation who do aftercare.</summary>
public sealed class AftercareChoices(WerkbrugDb db)
{
    public Task<IReadOnlyList<KeyValuePair<string, string>>> ColleaguesAsync(CancellationToken cancellationToken) => db.AftercareColleagueOptionsAsync(cancellationToken);
}
