using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Localised labels of the vacancy code lists and the region's employers, organisations and advisers, for forms and lists.</summary>
public sealed class VacancyChoices(WerkbrugDb db, IStringLocalizer<SharedResource> text)
{
    private static readonly StringComparer Dutch = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public IReadOnlyList<KeyValuePair<string, string>> Statuses => Labels<VacancyStatus>();

    public IReadOnlyList<KeyValuePair<string, string>> ContractTypes => Labels<ContractType>();

    public IReadOnlyList<KeyValuePair<string, string>> EducationLevels => Labels<EducationLevel>();

    public IReadOnlyList<KeyValuePair<string, string>> SkillKinds => Labels<SkillKind>();

    public IReadOnlyList<KeyValuePair<string, string>> Importances => Labels<Importance>();

    public IReadOnlyList<KeyValuePair<string, string>> Competences =>
        BehaviouralCompetences.Codes.Select(c => KeyValuePair.Create(c.ToString(CultureInfo.InvariantCulture), Competence(c))).ToList();

    public string Label<T>(T value)
        where T : struct, Enum => text[typeof(T).Name + "." + value].Value;

    public string Competence(int code) => text["Competence." + code.ToString(CultureInfo.InvariantCulture)].Value;

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> EmployersAsync(CancellationToken cancellationToken) =>
        (await db.Employers.Select(e => new { e.Id, e.TradeName, e.KvkNumber }).ToListAsync(cancellationToken))
            .OrderBy(e => e.TradeName, Dutch).Select(e => KeyValuePair.Create(e.Id.ToString(), $"{e.TradeName} ({e.KvkNumber})")).ToList();

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> OrganisationsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, Dutch).Select(o => KeyValuePair.Create(o.Id.ToString(), o.Name)).ToList();

    /// <summary>Active users of the region with an adviser role, with their organisation.</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> AdvisersAsync(CancellationToken cancellationToken)
    {
        var roles = Policies.AdviserRoles.ToArray();
        var advisers = await db.Users.Where(u => u.IsActive)
            .Where(u => db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Any(n => roles.Contains(n!)))
            .Select(u => new { u.Id, u.DisplayName, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return advisers.OrderBy(a => a.DisplayName, Dutch).Select(a => KeyValuePair.Create(a.Id.ToString(), $"{a.DisplayName} ({a.Organisation})")).ToList();
    }

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        (await db.Municipalities.Select(m => m.Name).ToListAsync(cancellationToken)).Order(Dutch).Select(n => KeyValuePair.Create(n, n)).ToList();

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> SectionsAsync(CancellationToken cancellationToken)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var sections = await db.SbiSections.OrderBy(s => s.Letter).Select(s => new { s.Letter, s.NameNl, s.NameEn }).ToListAsync(cancellationToken);
        return sections.Select(s => KeyValuePair.Create(s.Letter, $"{s.Letter} – {(english ? s.NameEn : s.NameNl)}")).ToList();
    }

    private List<KeyValuePair<string, string>> Labels<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => KeyValuePair.Create(v.ToString(), Label(v))).ToList();
}
