using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Infrastructure.Api;

/// <summary>
/// The paging of every list: <c>page</c> (from 1) and <c>pageSize</c> (1–100, default 50). A list's query derives from
/// it; a list without a query of its own binds it with <c>[AsParameters]</c>. Handlers check it with the rest of their
/// input (<see cref="InputValidator"/>), so a wrong value is a 400 naming the field.
/// </summary>
public record PageRequest
{
    public const int DefaultSize = 50;
    public const int MaxSize = 100;

    /// <summary>The page number, from 1; a page past the last one is empty.</summary>
    [Range(1, int.MaxValue)]
    public int? Page { get; init; }

    /// <summary>Rows per page, 1–100 (default 50).</summary>
    [Range(1, MaxSize)]
    public int? PageSize { get; init; }

    /// <summary>
    /// Set by a page of the site that shows a whole list without a pager: the first this many rows, past the API's
    /// limit. Not public, so no request binds it.
    /// </summary>
    internal int? UpTo { get; init; }

    /// <summary>Every row at once, for a page of the site that shows a whole (small) list.</summary>
    internal static PageRequest All { get; } = new() { UpTo = int.MaxValue };

    internal (int Page, int Size) Window => UpTo is { } upTo ? (1, upTo) : (Page ?? 1, PageSize ?? DefaultSize);

    /// <summary>For a search that ranks its best results: this page is what follows the first <c>Skip</c> of the best <c>Top</c>.</summary>
    internal (int Skip, int Top) Ranks
    {
        get
        {
            var (page, size) = Window;
            var skip = Math.Min((long)(page - 1) * size, int.MaxValue);
            return ((int)skip, (int)Math.Min(skip + size, int.MaxValue));
        }
    }
}

/// <summary>One page of a list as a handler returns it to a page of the site or to the API (<see cref="Collection{T}"/>).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>The number of the last page (1 for an empty list).</summary>
    public int LastPage => Math.Max(1, (int)((Total + (long)PageSize - 1) / PageSize));

    /// <summary>The same page with other rows (the rows mapped after the page was read).</summary>
    public Paged<TOut> With<TOut>(IReadOnlyList<TOut> items) => new(items, Page, PageSize, Total);
}

/// <summary>
/// The one shape of every list the API returns: the rows of one page, where it stands in the whole, and links to itself
/// and the pages around it (path and query, keeping every other query parameter of the request).
/// </summary>
public sealed record Collection<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, CollectionLinks Links);

/// <summary>Links to this page of a collection and the pages around it; prev and next are left out when there is no such page.</summary>
public sealed record CollectionLinks
{
    public required string Self { get; init; }

    public required string First { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Prev { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Next { get; init; }

    public required string Last { get; init; }
}

/// <summary>Reads one page of a list, in the database or in memory, and turns it into the API's <see cref="Collection{T}"/>.</summary>
public static class Paging
{
    /// <summary>One page of <paramref name="rows"/> (ordered by the caller) read in the database, with the total count.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> rows, PageRequest paging, CancellationToken cancellationToken)
    {
        var (page, size) = paging.Window;
        var total = await rows.CountAsync(cancellationToken);
        var skip = (long)(page - 1) * size;
        var items = skip >= total ? [] : await rows.Skip((int)skip).Take(size).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, size, total);
    }

    /// <summary>One page of a list already in memory.</summary>
    public static Paged<T> ToPaged<T>(this IReadOnlyList<T> rows, PageRequest paging)
    {
        var (page, size) = paging.Window;
        var skip = (long)(page - 1) * size;
        return new Paged<T>(skip >= rows.Count ? [] : [.. rows.Skip((int)skip).Take(size)], page, size, rows.Count);
    }

    /// <summary>A page already cut out of a longer list of <paramref name="total"/> rows (a ranked search's).</summary>
    public static Paged<T> PageOf<T>(this PageRequest paging, IReadOnlyList<T> items, int total) =>
        new(items, paging.Window.Page, paging.Window.Size, total);

    /// <summary>One page of a handler's whole (small) list, or the errors of <paramref name="paging"/> or of the handler.</summary>
    public static Result<Paged<T>> Page<T>(this PageRequest paging, Result<IReadOnlyList<T>> rows) =>
        InputValidator.Validate(paging) is { Count: > 0 } errors ? Result<Paged<T>>.Failure(errors) : rows.Select(r => r.ToPaged(paging));

    /// <inheritdoc cref="Page{T}(PageRequest, Result{IReadOnlyList{T}})"/>
    public static Result<Paged<T>> Page<T>(this PageRequest paging, IReadOnlyList<T> rows) => paging.Page(Result<IReadOnlyList<T>>.Success(rows));

    /// <summary>The page as the API returns it, with links that keep the request's other query parameters.</summary>
    public static Collection<T> ToCollection<T>(this Paged<T> paged, HttpRequest request)
    {
        var kept = request.Query.Where(p => !IsPaging(p.Key)).ToList();
        string Link(int page) => request.PathBase + request.Path + QueryString.Create(kept.Concat(
        [
            new KeyValuePair<string, StringValues>("page", page.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, StringValues>("pageSize", paged.PageSize.ToString(CultureInfo.InvariantCulture)),
        ]));

        var last = paged.LastPage;
        return new Collection<T>(paged.Items, paged.Page, paged.PageSize, paged.Total, new CollectionLinks
        {
            Self = Link(paged.Page),
            First = Link(1),
            Prev = paged.Page > 1 ? Link(Math.Min(paged.Page - 1, last)) : null,
            Next = paged.Page < last ? Link(paged.Page + 1) : null,
            Last = Link(last),
        });
    }

    private static bool IsPaging(string key) =>
        key.Equals(nameof(PageRequest.Page), StringComparison.OrdinalIgnoreCase) || key.Equals(nameof(PageRequest.PageSize), StringComparison.OrdinalIgnoreCase);
}
