using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Marks the follow-up of a contact moment done.</summary>
public static class CompleteFollowUp
{
    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Guid>> HandleAsync(Guid contactMomentId, CancellationToken cancellationToken)
        {
            var contact = await db.ContactMoments.FirstOrDefaultAsync(c => c.Id == contactMomentId, cancellationToken);
            if (contact is null)
            {
                return Error.NotFound();
            }

            if (!contact.CompleteFollowUp(clock.GetUtcNow().UtcDateTime, db.Scope.UserId!.Value))
            {
                return Error.Conflict("ContactMoment.NoOpenFollowUp");
            }

            await db.SaveChangesAsync(cancellationToken);
            return contact.EmployerId;
        }
    }
}
