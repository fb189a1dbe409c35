using Microsoft.Extensions.Localization;

namespace Werkbrug.Web.Features.FrontDoor;

/// <summary>
/// The shared texts, except that a field a public form names in the employer's own words ("FrontDoor.Field.CompanyName":
/// "Naam van uw bedrijf") is called so in its error messages too, where staff pages read "Field.CompanyName" ("Bedrijfsnaam").
/// </summary>
public sealed class EmployerWording(IStringLocalizer text) : IStringLocalizer
{
    public LocalizedString this[string name] => Own(name) ?? text[name];

    public LocalizedString this[string name, params object[] arguments] => Own(name) ?? text[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => text.GetAllStrings(includeParentCultures);

    private LocalizedString? Own(string name) =>
        name.StartsWith("Field.", StringComparison.Ordinal) && text["FrontDoor." + name] is { ResourceNotFound: false } own ? own : null;
}
