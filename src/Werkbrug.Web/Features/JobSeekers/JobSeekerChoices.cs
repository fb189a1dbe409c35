using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Localised labels of the VUM code lists, for forms and views.</summary>
public sealed class JobSeekerChoices(ReferenceChoices reference, IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Options<T>()
        where T : struct, Enum => text.Options<T>();

    public string Label<T>(T value)
        where T : struct, Enum => text.Label(value);

    public IReadOnlyList<KeyValuePair<string, string>> DrivingLicenceOptions =>
        DrivingLicences.Codes.Select(c => KeyValuePair.Create(c, $"{c} – {text["DrivingLicence." + DrivingLicences.KeyOf(c)].Value}")).ToList();

    public IReadOnlyList<KeyValuePair<string, string>> LanguageOptions => text.Options(LanguageCodes.Common, "Language");

    public string LanguageLabel(string code) => LanguageCodes.Common.Contains(code) ? text["Language." + code].Value : code;

    public Task<IReadOnlyList<KeyValuePair<string, string>>> SectionsAsync(CancellationToken cancellationToken) => reference.SectionOptionsAsync(cancellationToken);

    public static string Date(DateOnly? date) => date is { } d ? DutchTime.Format(d) : "–";
}
