using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.ReferenceData;

/// <summary>
/// The national reference data forms choose from (SBI sections, municipalities): the same for everyone and unchanged
/// after the start-up load (<see cref="ReferenceDataLoader"/>), so it is read once per process and kept in memory.
/// Region-scoped lists (people) are not cached: see <see cref="PeopleChoices"/>. Names are in Dutch alphabetical order.
/// </summary>
public sealed class ReferenceChoices(WerkbrugDb db, IMemoryCache cache)
{
    public sealed record Section(string Letter, string NameNl, string NameEn);

    public sealed record Place(string Name, string RegionCode);

    private sealed record National(IReadOnlyList<Section> Sections, IReadOnlyList<Place> Municipalities);

    private static readonly object NationalKey = new();

    /// <summary>How names are put in order: Dutch, regardless of case.</summary>
    public static StringComparer Dutch { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    /// <summary>The SBI sections by letter.</summary>
    public async Task<IReadOnlyList<Section>> SbiSectionsAsync(CancellationToken cancellationToken) =>
        (await NationalAsync(cancellationToken)).Sections;

    /// <summary>The municipalities of the country, or of one region, in Dutch order.</summary>
    public async Task<IReadOnlyList<Place>> MunicipalitiesAsync(string? regionCode, CancellationToken cancellationToken)
    {
        var all = (await NationalAsync(cancellationToken)).Municipalities;
        return regionCode is null ? all : all.Where(m => m.RegionCode == regionCode).ToList();
    }

    /// <summary>The SBI sections as options: the letter, labelled "A – Landbouw, bosbouw en visserij" in the page's language.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> SectionOptionsAsync(CancellationToken cancellationToken)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return (await SbiSectionsAsync(cancellationToken))
            .Select(s => KeyValuePair.Create(s.Letter, $"{s.Letter} – {(english ? s.NameEn : s.NameNl)}")).ToList();
    }

    /// <summary>The municipalities (of the country, or of <paramref name="regionCode"/>) as options, the name as value and label.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> MunicipalityOptionsAsync(string? regionCode, CancellationToken cancellationToken) =>
        (await MunicipalitiesAsync(regionCode, cancellationToken)).Select(m => KeyValuePair.Create(m.Name, m.Name)).ToList();

    private async Task<National> NationalAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(NationalKey, out National? national) && national is not null)
        {
            return national;
        }

        var sections = await db.SbiSections.AsNoTracking().Select(s => new Section(s.Letter, s.NameNl, s.NameEn)).ToListAsync(cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().Select(m => new Place(m.Name, m.RegionCode)).ToListAsync(cancellationToken);
        national = new National(
            sections.OrderBy(s => s.Letter, StringComparer.Ordinal).ToList(),
            municipalities.Where(m => ReferenceDataLoader.CurrentMunicipalities.Contains(m.Name)).OrderBy(m => m.Name, Dutch).ToList());
        return cache.Set(NationalKey, national, new MemoryCacheEntryOptions { Priority = CacheItemPriority.NeverRemove });
    }
}

/// <summary>
/// The people forms offer to choose from, read through the request's <see cref="WerkbrugDb"/> so its region filter
/// applies; never cached, so one region's list cannot reach another and a user an administrator just added is
/// offered at once.
/// </summary>
public static class PeopleChoices
{
    /// <summary>The active users of the caller's region with an adviser role, labelled with their organisation.</summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, string>>> AdviserOptionsAsync(this WerkbrugDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roleIds = db.Roles.Where(r => Policies.AdviserRoles.Contains(r.Name!)).Select(r => r.Id);
        var advisers = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.DisplayName, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return advisers.OrderBy(a => a.DisplayName, ReferenceChoices.Dutch)
            .Select(a => KeyValuePair.Create(a.Id.ToString(), a.Organisation is null ? a.DisplayName : $"{a.DisplayName} ({a.Organisation})")).ToList();
    }

    /// <summary>
    /// The active users of <paramref name="organisation"/> who do aftercare (<see cref="Policies.TaskRoles"/>): whom an
    /// aftercare task or a placement's contact can go to; never an analyst or administrator.
    /// </summary>
    public static IQueryable<WerkbrugUser> AftercareStaff(this WerkbrugDb db, Guid? organisation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roleIds = db.Roles.Where(r => Policies.TaskRoles.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.Where(u => u.OrganisationId == organisation && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }

    /// <summary>The caller's colleagues who do aftercare (<see cref="AftercareStaff"/>; none for a caller without an organisation).</summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, string>>> AftercareColleagueOptionsAsync(this WerkbrugDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var users = await db.AftercareStaff(db.Scope.OrganisationId ?? Guid.Empty).AsNoTracking()
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return users.OrderBy(u => u.DisplayName, ReferenceChoices.Dutch).Select(u => KeyValuePair.Create(u.Id.ToString(), u.DisplayName)).ToList();
    }
}

public static class ReferenceChoicesSetup
{
    /// <summary>Registers <see cref="ReferenceChoices"/> (per request) and the memory cache it keeps national data in.</summary>
    public static IServiceCollection AddReferenceChoices(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<ReferenceChoices>();
        return services;
    }
}
