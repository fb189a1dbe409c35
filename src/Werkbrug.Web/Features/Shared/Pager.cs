using Werkbrug.Web.Infrastructure.Api;

namespace Werkbrug.Web.Features.Shared;

/// <summary>
/// The pager under a list of the site (<c>_Pager.cshtml</c>): previous, "pagina N van M", next. Its links keep every
/// other query parameter of the request, so a filtered list stays filtered on the next page.
/// </summary>
public sealed record Pager(int Page, int LastPage, string Label)
{
    public static Pager Of<T>(Paged<T> listing, string label) => new(listing.Page, listing.LastPage, label);

    public static string Link(HttpRequest request, int page) =>
        QueryString.Create(request.Query.Where(q => !string.Equals(q.Key, nameof(PageRequest.Page), StringComparison.OrdinalIgnoreCase)))
            .Add(nameof(PageRequest.Page), page.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToUriComponent();
}
