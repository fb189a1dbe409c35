using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// Identity's user store, reviewed exception to the region filter: signing in must find a user before
/// anyone's region is known. Everything else reads users through the filtered `WerkbrugDb.Users`.
/// </summary>
public sealed class WerkbrugUserStore(WerkbrugDb context, IdentityErrorDescriber? describer = null)
    : UserStore<WerkbrugUser, IdentityRole<Guid>, WerkbrugDb, Guid>(context, describer)
{
    public override IQueryable<WerkbrugUser> Users => Context.Set<WerkbrugUser>().IgnoreQueryFilters();

    public override Task<WerkbrugUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default) =>
        Guid.TryParse(userId, out var id)
            ? Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            : Task.FromResult<WerkbrugUser?>(null);
}
