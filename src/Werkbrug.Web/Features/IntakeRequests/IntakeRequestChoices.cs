using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>The options the intake pages offer: statuses, types, the region's teams and advisers.</summary>
public sealed class IntakeRequestChoices(WerkbrugDb db, IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Statuses { get; } =
        Enum.GetValues<IntakeRequestStatus>().Select(s => KeyValuePair.Create(s.ToString(), text["IntakeStatus." + s].Value)).ToList();

    public IReadOnlyList<KeyValuePair<string, string>> Types { get; } =
        Enum.GetValues<IntakeRequestType>().Select(t => KeyValuePair.Create(t.ToString(), text["IntakeType." + t].Value)).ToList();

    public string Label(IntakeRequestStatus status) => text["IntakeStatus." + status];

    public string Label(IntakeRequestType type) => text["IntakeType." + type];

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> TeamsAsync(CancellationToken cancellationToken) =>
        (await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => KeyValuePair.Create(t.Id.ToString(), t.Name)).ToList();

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> AdvisersAsync(CancellationToken cancellationToken) =>
        (await db.Advisers()
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new { u.Id, u.DisplayName, Organisation = o.Name })
            .OrderBy(u => u.DisplayName)
            .ToListAsync(cancellationToken))
            .Select(u => KeyValuePair.Create(u.Id.ToString(), $"{u.DisplayName} ({u.Organisation})")).ToList();
}
