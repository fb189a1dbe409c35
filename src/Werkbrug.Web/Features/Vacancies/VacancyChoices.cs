using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Localised labels of the vacancy code lists and the region's employers, organisations and advisers, for forms and lists.</summary>
public sealed class VacancyChoices(WerkbrugDb db, ReferenceChoices reference, IStringLocalizer<SharedResource> text)
{
    private static readonly StringComparer Dutch = ReferenceChoices.Dutch;

    public IReadOnlyList<KeyValuePair<string, string>> Statuses => text.Options<VacancyStatus>();

    public IReadOnlyList<KeyValuePair<string, string>> ContractTypes => text.Options<ContractType>();

    public IReadOnlyList<KeyValuePair<string, string>> EducationLevels => text.Options<EducationLevel>();

    public IReadOnlyList<KeyValuePair<string, string>> SkillKinds => text.Options<SkillKind>();

    /// <summary>The Dutch levels a vacancy can ask for (redelijk, goed, uitstekend).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> DutchLevels =>
        [.. text.Options<Domain.JobSeekers.LanguageLevel>().Where(o => o.Key is nameof(Domain.JobSeekers.LanguageLevel.Reasonable) or nameof(Domain.JobSeekers.LanguageLevel.Good) or nameof(Domain.JobSeekers.LanguageLevel.Excellent))];

    public static IReadOnlyList<KeyValuePair<string, string>> MboLevels { get; } = [.. Enumerable.Range(1, 4).Select(n => KeyValuePair.Create(n.ToString(CultureInfo.InvariantCulture), "MBO " + n.ToString(CultureInfo.InvariantCulture)))];

    public IReadOnlyList<KeyValuePair<string, string>> DrivingLicences => text.Options(VacancyInput.MatchingLicences, "DrivingLicence");

    /// <summary>Every task demand with its label (resource "TaskDemands.&lt;name&gt;").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> TaskDemands => [.. TaskDemandList.All.Select(d => KeyValuePair.Create(d.ToString(), text.Label(d)))];

    public IReadOnlyList<KeyValuePair<string, string>> Importances => text.Options<Importance>();

    public IReadOnlyList<KeyValuePair<string, string>> Competences =>
        BehaviouralCompetences.Codes.Select(c => KeyValuePair.Create(c.ToString(CultureInfo.InvariantCulture), Competence(c))).ToList();

    public string Label<T>(T value)
        where T : struct, Enum => text.Label(value);

    public string Competence(int code) => text["Competence." + code.ToString(CultureInfo.InvariantCulture)].Value;

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> EmployersAsync(CancellationToken cancellationToken) =>
        (await db.Employers.Select(e => new { e.Id, e.TradeName, e.KvkNumber }).ToListAsync(cancellationToken))
            .OrderBy(e => e.TradeName, Dutch).Select(e => KeyValuePair.Create(e.Id.ToString(), $"{e.TradeName} ({e.KvkNumber})")).ToList();

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> OrganisationsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, Dutch).Select(o => KeyValuePair.Create(o.Id.ToString(), o.Name)).ToList();

    /// <summary>Active users of the region with an adviser role, with their organisation.</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> AdvisersAsync(CancellationToken cancellationToken) => db.AdviserOptionsAsync(cancellationToken);

    public Task<IReadOnlyList<KeyValuePair<string, string>>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        reference.MunicipalityOptionsAsync(null, cancellationToken);

    public Task<IReadOnlyList<KeyValuePair<string, string>>> SectionsAsync(CancellationToken cancellationToken) => reference.SectionOptionsAsync(cancellationToken);
}
