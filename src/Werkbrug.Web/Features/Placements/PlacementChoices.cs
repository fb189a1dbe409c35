using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Placements;

/// <summary>Localised choices for the placement forms: the code lists and the placing organisation's staff.</summary>
public sealed class PlacementChoices(WerkbrugDb db, IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Options<T>()
        where T : struct, Enum => text.Options<T>();

    public string Label<T>(T value)
        where T : struct, Enum => text.Label(value);

    /// <summary>The active users of the caller's organisation (the placing one), for the contact person.</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> StaffAsync(CancellationToken cancellationToken) => db.AftercareColleagueOptionsAsync(cancellationToken);
}
