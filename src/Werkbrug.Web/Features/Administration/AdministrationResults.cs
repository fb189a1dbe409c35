using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Administration;

/// <summary>Small helpers the administration slices, pages and endpoints share (this feature only).</summary>
internal static class AdministrationResults
{
    /// <summary>The edit was made from an older version than the stored one.</summary>
    public static readonly Error StaleVersion = Error.Conflict("Error.StaleVersion");

    /// <summary>The region of the signed-in administrator; every record they create belongs to it.</summary>
    public static string RegionCode(this WerkbrugDb db) =>
        db.Scope.RegionCode ?? throw new InvalidOperationException("Administration needs a signed-in user with a region.");

    /// <summary>Saves once; losing the race with another editor becomes <see cref="StaleVersion"/> and nothing is saved.</summary>
    public static async Task<Error?> SaveOrConflictAsync(this WerkbrugDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleVersion;
        }
    }

    /// <summary>200 with the value, or the errors as problem+json.</summary>
    public static IResult ToOk<T>(this Result<T> result, IStringLocalizer text) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Errors.Problem(text);

    /// <summary>201 with a Location header, or the errors as problem+json.</summary>
    public static IResult ToCreated<T>(this Result<T> result, Func<T, string> location, IStringLocalizer text) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Errors.Problem(text);

    /// <summary>For a failed form post: the 404 page for a record outside the region, else the form with its messages.</summary>
    public static IActionResult ShowErrors(this PageModel page, IReadOnlyList<Error> errors, IStringLocalizer text, string prefix = "Input")
    {
        if (errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return page.NotFound();
        }

        page.ModelState.AddErrors(errors, text, prefix);
        return page.Page();
    }
}
