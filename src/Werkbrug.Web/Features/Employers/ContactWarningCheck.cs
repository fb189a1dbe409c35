using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// What an adviser should know before contacting an employer: another adviser's contact in the last
/// <see cref="EmployerOptions.RecentContactDays"/> days (or one planned), and a fixed account manager in another organisation.
/// </summary>
public static class ContactWarningCheck
{
    public sealed record Warning(
        ContactWarningKind Kind,
        Guid AdviserUserId,
        string AdviserName,
        string OrganisationName,
        DateTime? LastContactAtUtc,
        string Message);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IOptions<EmployerOptions> options, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<IReadOnlyList<Warning>>> HandleAsync(Guid employerId, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.Where(e => e.Id == employerId).Select(e => new { e.AccountManagerUserId }).FirstOrDefaultAsync(cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            return Result<IReadOnlyList<Warning>>.Success(await db.ContactWarningsAsync(
                employerId, employer.AccountManagerUserId, options.Value.RecentContactDays, clock.GetUtcNow().UtcDateTime, text, cancellationToken));
        }
    }
}
