using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Placements;

/// <summary>Localised choices for the placement forms: the code lists and the placing organisation's staff.</summary>
public sealed class PlacementChoices(WerkbrugDb db, IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Options<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => KeyValuePair.Create(v.ToString(), Label(v))).ToList();

    public string Label<T>(T value)
        where T : struct, Enum => text[typeof(T).Name + "." + value].Value;

    /// <summary>The active users of the caller's organisation (the placing one), for the contact person.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> StaffAsync(CancellationToken cancellationToken)
    {
        var organisation = db.Scope.OrganisationId ?? Guid.Empty;
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisation && u.IsActive)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return users.Select(u => KeyValuePair.Create(u.Id.ToString(), u.DisplayName)).ToList();
    }
}
