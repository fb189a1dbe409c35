using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.Employers;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Localised labels of the VUM code lists, for forms and views.</summary>
public sealed class JobSeekerChoices(EmployerChoices employers, IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Options<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => KeyValuePair.Create(v.ToString(), Label(v))).ToList();

    public string Label<T>(T value)
        where T : struct, Enum => text[typeof(T).Name + "." + value].Value;

    public IReadOnlyList<KeyValuePair<string, string>> DrivingLicenceOptions =>
        DrivingLicences.Codes.Select(c => KeyValuePair.Create(c, $"{c} – {text["DrivingLicence." + DrivingLicences.KeyOf(c)].Value}")).ToList();

    public IReadOnlyList<KeyValuePair<string, string>> LanguageOptions =>
        LanguageCodes.Common.Select(c => KeyValuePair.Create(c, text["Language." + c].Value)).ToList();

    public string LanguageLabel(string code) => LanguageCodes.Common.Contains(code) ? text["Language." + code].Value : code;

    public Task<IReadOnlyList<KeyValuePair<string, string>>> SectionsAsync(CancellationToken cancellationToken) => employers.SectionsAsync(cancellationToken);

    public static string Date(DateOnly? date) => date is { } d ? DutchTime.Format(d) : "–";
}
