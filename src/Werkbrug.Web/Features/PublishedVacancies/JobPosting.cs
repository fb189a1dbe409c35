using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Web.Features.PublishedVacancies;

/// <summary>
/// A published vacancy as a schema.org <c>JobPosting</c> (JSON-LD), as search engines and job sites read it: the
/// properties Google requires (title, description, datePosted, hiringOrganization, jobLocation) and those it recommends
/// that a Werkbrug vacancy has (validThrough when it has a closing date, employmentType, identifier, directApply) with url,
/// occupationalCategory (its ESCO code, when it has one), workHours, totalJobOpenings and jobStartDate. Nothing of a person.
/// Werkbrug has no salary field, so there is no baseSalary. The property names are schema.org's, so they are fixed here.
/// </summary>
public sealed record JobPosting
{
    public const string Vocabulary = "https://schema.org";

    /// <summary>The concept scheme of ESCO's occupations, the code set of <see cref="OccupationalCategory"/>.</summary>
    public const string EscoOccupations = "http://data.europa.eu/esco/concept-scheme/occupations";

    /// <summary>Written into a page's <c>script type="application/ld+json"</c>: the default encoder escapes &lt;, &gt; and &amp;, so no text can end the script.</summary>
    public static JsonSerializerOptions ScriptOptions { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    [JsonPropertyName("@context")]
    public string Context { get; init; } = Vocabulary;

    [JsonPropertyName("@type")]
    public string Type { get; init; } = "JobPosting";

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>The (Dutch) day the vacancy was marked public, yyyy-MM-dd.</summary>
    [JsonPropertyName("datePosted")]
    public required string DatePosted { get; init; }

    /// <summary>The end of the closing date (the last day to apply) in Dutch time, ISO 8601 with offset; left out without a closing date.</summary>
    [JsonPropertyName("validThrough")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ValidThrough { get; init; }

    [JsonPropertyName("employmentType")]
    public required IReadOnlyList<string> EmploymentType { get; init; }

    [JsonPropertyName("hiringOrganization")]
    public required LdOrganization HiringOrganization { get; init; }

    [JsonPropertyName("jobLocation")]
    public required LdPlace JobLocation { get; init; }

    [JsonPropertyName("identifier")]
    public required LdPropertyValue Identifier { get; init; }

    /// <summary>False: a candidate responds through the service point, not on this page.</summary>
    [JsonPropertyName("directApply")]
    public bool DirectApply { get; init; }

    [JsonPropertyName("url")]
    public required string Url { get; init; }

    [JsonPropertyName("occupationalCategory")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LdCategoryCode? OccupationalCategory { get; init; }

    [JsonPropertyName("workHours")]
    public required string WorkHours { get; init; }

    [JsonPropertyName("totalJobOpenings")]
    public int TotalJobOpenings { get; init; }

    [JsonPropertyName("jobStartDate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JobStartDate { get; init; }

    /// <summary>The posting of <paramref name="posting"/>, its url on <paramref name="baseUrl"/> (scheme and host, no trailing slash).</summary>
    public static JobPosting From(PublicPostings.Posting posting, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var hours = posting.HoursPerWeekMin > 0 && posting.HoursPerWeekMin < posting.HoursPerWeekMax
            ? $"{posting.HoursPerWeekMin}-{posting.HoursPerWeekMax} uur per week"
            : $"{posting.HoursPerWeekMax} uur per week";
        return new JobPosting
        {
            Title = posting.Title,
            Description = posting.Description ?? posting.Occupation,
            DatePosted = Day(DateOnly.FromDateTime(DutchTime.ToLocal(posting.PublicSinceUtc))),
            ValidThrough = posting.ClosingDate is { } closing ? EndOfDay(closing) : null,
            EmploymentType = PublicVacancies.EmploymentTypes(posting.ContractType, posting.HoursPerWeekMin, posting.HoursPerWeekMax),
            HiringOrganization = new LdOrganization { Name = posting.EmployerName },
            JobLocation = new LdPlace
            {
                Address = new LdPostalAddress
                {
                    AddressLocality = posting.MunicipalityName,
                    PostalCode = posting.Pc4,
                    AddressRegion = posting.RegionName,
                },
            },
            Identifier = new LdPropertyValue { Name = "Werkbrug", Value = posting.Id.ToString() },
            Url = $"{baseUrl}/vacatures/{posting.Id}",
            OccupationalCategory = posting.OccupationCode is { } code ? new LdCategoryCode { CodeValue = code, InCodeSet = EscoOccupations, Name = posting.Occupation } : null,
            WorkHours = posting.Schedule is { } schedule ? $"{hours}, {schedule}" : hours,
            TotalJobOpenings = posting.Positions,
            JobStartDate = posting.StartDate is { } start ? Day(start) : null,
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string EndOfDay(DateOnly day) =>
        DutchTime.FromLocal(day.ToDateTime(new TimeOnly(23, 59, 59))).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

/// <summary>schema.org Organization: the employer by its trade name.</summary>
public sealed record LdOrganization
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Organization";

    [JsonPropertyName("name")]
    public required string Name { get; init; }
}

/// <summary>schema.org Place: where the work is.</summary>
public sealed record LdPlace
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Place";

    [JsonPropertyName("address")]
    public required LdPostalAddress Address { get; init; }
}

/// <summary>
/// schema.org PostalAddress of the work: the municipality, the four-digit postcode area (not the full postcode or the street:
/// at a one-person business that could be a home), the labour-market region and the Netherlands.
/// </summary>
public sealed record LdPostalAddress
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "PostalAddress";

    [JsonPropertyName("addressLocality")]
    public required string AddressLocality { get; init; }

    [JsonPropertyName("postalCode")]
    public required string PostalCode { get; init; }

    [JsonPropertyName("addressRegion")]
    public required string AddressRegion { get; init; }

    [JsonPropertyName("addressCountry")]
    public string AddressCountry { get; init; } = "NL";
}

/// <summary>schema.org PropertyValue: the vacancy's id in Werkbrug.</summary>
public sealed record LdPropertyValue
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "PropertyValue";

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("value")]
    public required string Value { get; init; }
}

/// <summary>schema.org CategoryCode: the occupation's ESCO code.</summary>
public sealed record LdCategoryCode
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "CategoryCode";

    [JsonPropertyName("codeValue")]
    public required string CodeValue { get; init; }

    [JsonPropertyName("inCodeSet")]
    public required string InCodeSet { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }
}
