using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.FrontDoor;

/// <summary>The public contact details of the front door's regional service point; <paramref name="Name"/> is its full name ("Werkgeversservicepunt Regio Amersfoort").</summary>
public sealed record ServicePointContact(string RegionCode, string Name, string? Phone, string? Email, string? Website);

/// <summary>Front-door settings: the region it speaks for and the reaction terms per region and request type.</summary>
public sealed class FrontDoorSettings(IOptions<ServicePointOptions> servicePoint, IConfiguration configuration)
{
    public const int DefaultVacancyTermDays = 2;
    public const int DefaultQuestionTermDays = 5;

    public string RegionCode => servicePoint.Value.DefaultRegion;

    /// <summary>`FrontDoor:ReactionTermDays:&lt;RegionCode&gt;:&lt;Type&gt;` in working days, else the default for the type.</summary>
    public int ReactionTermDays(string regionCode, IntakeRequestType type)
    {
        var configured = configuration.GetValue<int?>($"FrontDoor:ReactionTermDays:{regionCode}:{type}");
        return configured is >= 0 ? configured.Value : type == IntakeRequestType.Vacancy ? DefaultVacancyTermDays : DefaultQuestionTermDays;
    }

    public static DateOnly DutchToday(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public static DateOnly DutchDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    private static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}

/// <summary>Reads the public data of the front door's region.</summary>
public sealed class ServicePointDirectory(WerkbrugDb db, FrontDoorSettings settings, ReferenceChoices choices, IStringLocalizer<SharedResource> text)
{
    public async Task<ServicePointContact> ContactAsync(CancellationToken cancellationToken)
    {
        var regionCode = settings.RegionCode;
        // Reviewed exception to the region filter: the regional service point's name, phone, e-mail and
        // website are public (they head the front door). Nothing else of the region is read here.
        var contact = await db.ServicePoints.IgnoreQueryFilters()
            .Where(s => s.RegionCode == regionCode && s.Kind == ServicePointKind.Regional)
            .Select(s => new ServicePointContact(s.RegionCode, s.Name, s.Phone, s.Email, s.Website))
            .FirstOrDefaultAsync(cancellationToken);
        if (contact is not null)
        {
            return contact;
        }

        var regionName = await db.Regions.Where(r => r.Code == regionCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        return new ServicePointContact(regionCode, text["Layout.ServicePointOf", regionName ?? regionCode], null, null, null);
    }

    /// <summary>Municipalities of the front door's region (public reference data), for the form's choice list.</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        choices.MunicipalityOptionsAsync(settings.RegionCode, cancellationToken);

    public Task<IReadOnlyList<KeyValuePair<string, string>>> SbiSectionsAsync(CancellationToken cancellationToken) =>
        choices.SectionOptionsAsync(cancellationToken);
}
