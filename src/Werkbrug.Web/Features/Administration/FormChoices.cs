using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Administration;

/// <summary>What the administration forms offer to choose from, all of the administrator's region.</summary>
public static class FormChoices
{
    public sealed record Choices(
        IReadOnlyList<Option> ServicePoints,
        IReadOnlyList<Option> Organisations,
        IReadOnlyList<Option> Teams,
        IReadOnlyList<string> Municipalities,
        IReadOnlyList<Section> SbiSections);

    public sealed record Option(Guid Id, string Name);

    public sealed record Section(string Letter, string NameNl, string NameEn);

    public sealed class Handler(WerkbrugDb db, ReferenceChoices reference)
    {
        public async Task<Choices> HandleAsync(CancellationToken cancellationToken)
        {
            var region = db.RegionCode();
            return new Choices(
                await db.ServicePoints.AsNoTracking().OrderBy(s => s.Name).Select(s => new Option(s.Id, s.Name)).ToListAsync(cancellationToken),
                await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Option(o.Id, o.Name)).ToListAsync(cancellationToken),
                await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new Option(t.Id, t.Name)).ToListAsync(cancellationToken),
                (await reference.MunicipalitiesAsync(region, cancellationToken)).Select(m => m.Name).ToList(),
                (await reference.SbiSectionsAsync(cancellationToken)).Select(s => new Section(s.Letter, s.NameNl, s.NameEn)).ToList());
        }
    }

    public static IReadOnlyList<KeyValuePair<string, string>> ToOptions(this IEnumerable<Option> options) =>
        options.Select(o => KeyValuePair.Create(o.Id.ToString(), o.Name)).ToList();
}
