using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>The options the intake pages offer: statuses, types, the region's teams and advisers.</summary>
public sealed class IntakeRequestChoices(WerkbrugDb db, IStringLocalizer<SharedResource> text)
{
    private const string StatusPrefix = "IntakeStatus";

    private const string TypePrefix = "IntakeType";

    public IReadOnlyList<KeyValuePair<string, string>> Statuses { get; } = text.Options<IntakeRequestStatus>(StatusPrefix);

    public IReadOnlyList<KeyValuePair<string, string>> Types { get; } = text.Options<IntakeRequestType>(TypePrefix);

    public string Label(IntakeRequestStatus status) => text.Label(status, StatusPrefix);

    public string Label(IntakeRequestType type) => text.Label(type, TypePrefix);

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> TeamsAsync(CancellationToken cancellationToken) =>
        (await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => KeyValuePair.Create(t.Id.ToString(), t.Name)).ToList();

    public Task<IReadOnlyList<KeyValuePair<string, string>>> AdvisersAsync(CancellationToken cancellationToken) => db.AdviserOptionsAsync(cancellationToken);
}
