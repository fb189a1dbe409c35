using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.FrontDoor;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>
/// "Werkgever registreren" from a request: the employer registration page (Employers/Register) is pre-filled with
/// the request's company name, KvK number and municipality, and once the employer is registered the request
/// keeps the new employer's id and a history event.
/// </summary>
public static class RegisterEmployerFromRequest
{
    public sealed record Prefill(Guid RequestId, string Reference, string CompanyName, string? KvkNumber, string Municipality);

    public sealed class Handler(IntakeRequestSteps steps)
    {
        /// <summary>What to pre-fill; null for a request unknown in the user's region.</summary>
        public Task<Prefill?> PrefillAsync(Guid requestId, CancellationToken cancellationToken) =>
            steps.Db.IntakeRequests.Where(r => r.Id == requestId)
                .Select(r => new Prefill(r.Id, r.Reference, r.CompanyName, r.KvkNumber, r.Municipality))
                .FirstOrDefaultAsync(cancellationToken);

        /// <summary>Links the newly registered employer to the request; false when the request is unknown here.</summary>
        public async Task<bool> LinkAsync(Guid requestId, Guid employerId, CancellationToken cancellationToken)
        {
            var request = await steps.Db.IntakeRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null || !await steps.Db.Employers.AnyAsync(e => e.Id == employerId, cancellationToken))
            {
                return false;
            }

            request.EmployerId = employerId;
            steps.Record(request, IntakeRequestEventKind.EmployerRegistered, employerId: employerId);
            return await steps.SaveAsync(cancellationToken) is null;
        }
    }
}
