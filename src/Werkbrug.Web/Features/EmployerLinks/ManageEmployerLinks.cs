using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>
/// Staff make, list and revoke the personal links of a vacancy's employer. Only the organisation that owns the vacancy
/// does: it keeps the relation with the employer. An organisation that referred a candidate to the vacancy follows its
/// referral on its own pages and cannot make, see or revoke the owner's links; to anyone but the owner a vacancy's links
/// (and a link) are unknown (404). The token is handed out once, when the link is made; afterwards only its hash exists.
/// </summary>
public static class ManageEmployerLinks
{
    public sealed record Command
    {
        /// <summary>The employer's contact person the link is for (one of its contact persons, or typed in).</summary>
        [Required]
        [StringLength(ReferralLimits.ContactName)]
        public string? ContactName { get; init; }

        /// <summary>How long the link stays valid, 1 to 180 days (default Werkbrug:Aftercare:EmployerLinkDays).</summary>
        [Range(1, 180)]
        public int? ValidDays { get; init; }

        /// <summary>Also e-mail the link to the contact person's address as the employer's record holds it.</summary>
        public bool SendByEmail { get; init; }
    }

    /// <summary>The new link; <see cref="EmailedTo"/> is the address it is being mailed to (null when not mailed).</summary>
    public sealed record Created(Guid Id, string Url, string Token, DateTime ExpiresAtUtc, string? EmailedTo);

    public enum LinkStatus
    {
        Active,
        Expired,
        Revoked,
    }

    public sealed record Row(Guid Id, string ContactName, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? RevokedAtUtc, DateTime? LastUsedAtUtc, LinkStatus Status);

    public sealed record Overview(Guid VacancyId, string VacancyTitle, string EmployerName, IReadOnlyList<string> ContactPersons, IReadOnlyList<Row> Links);

    public sealed class Handler(WerkbrugDb db, EmployerLinkTokens tokens, MailOutbox mail, IOptions<AftercareOptions> options, TimeProvider clock)
    {
        /// <summary>Makes a link; <paramref name="origin"/> (scheme and host) makes the full URL to hand to the employer.</summary>
        public async Task<Result<Created>> CreateAsync(Guid vacancyId, Command command, string origin, CancellationToken cancellationToken)
        {
            var vacancy = await MineAsync(vacancyId, cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            var name = InputText.Clean(command.ContactName);
            if (errors.Count == 0 && name is null)
            {
                errors = [Error.Validation(nameof(Command.ContactName), "Validation.Required")];
            }

            var emailTo = errors.Count == 0 && command.SendByEmail ? await ContactEmailAsync(vacancy.EmployerId, name!, cancellationToken) : null;
            if (command.SendByEmail && errors.Count == 0 && emailTo is null)
            {
                errors = [Error.Validation(nameof(Command.ContactName), "EmployerLink.NoEmail")];
            }

            if (errors.Count > 0)
            {
                return Result<Created>.Failure(errors);
            }

            var me = db.Scope.UserId ?? throw new InvalidOperationException("A link is made by a signed-in user.");
            var (link, token) = tokens.Create(vacancy.RegionCode, vacancy.Id, vacancy.EmployerId, name!, command.ValidDays ?? options.Value.EmployerLinkDays, me);
            var path = $"{EmployerLinkAuthenticationHandler.OpenPath}?token={token}";
            if (emailTo is not null)
            {
                await MailAsync(vacancy, emailTo, name!, path, link.ExpiresAtUtc, me, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Created(link.Id, origin.TrimEnd('/') + path, token, link.ExpiresAtUtc, emailTo);
        }

        public async Task<Result<Overview>> ListAsync(Guid vacancyId, CancellationToken cancellationToken)
        {
            var vacancy = await MineAsync(vacancyId, cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var employer = await db.Employers.AsNoTracking().Where(e => e.Id == vacancy.EmployerId)
                .Select(e => new { e.TradeName, Contacts = e.ContactPersons.Select(c => c.Name).ToList() }).FirstOrDefaultAsync(cancellationToken);
            var links = await db.EmployerLinks.AsNoTracking().Where(l => l.VacancyId == vacancyId).OrderByDescending(l => l.CreatedAtUtc)
                .ToListAsync(cancellationToken);
            return new Overview(
                vacancy.Id, vacancy.Title, employer?.TradeName ?? string.Empty, employer?.Contacts ?? [],
                [.. links.Select(l => new Row(l.Id, l.ContactName, l.CreatedAtUtc, l.ExpiresAtUtc, l.RevokedAtUtc, l.LastUsedAtUtc,
                    l.IsRevoked ? LinkStatus.Revoked : l.IsValidAt(now) ? LinkStatus.Active : LinkStatus.Expired))]);
        }

        /// <summary>Revokes a link for good (revoking again changes nothing); returns the link's vacancy.</summary>
        public async Task<Result<Guid>> RevokeAsync(Guid linkId, CancellationToken cancellationToken)
        {
            var link = await db.EmployerLinks.FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
            if (link is null || await MineAsync(link.VacancyId, cancellationToken) is null)
            {
                return Error.NotFound();
            }

            link.Revoke(clock.GetUtcNow().UtcDateTime, db.Scope.UserId ?? throw new InvalidOperationException("A link is revoked by a signed-in user."));
            await db.SaveChangesAsync(cancellationToken);
            return link.VacancyId;
        }

        private sealed record VacancyRef(Guid Id, string RegionCode, Guid EmployerId, string Title);

        /// <summary>The e-mail address of the employer's contact person of that name, if the record has one.</summary>
        private async Task<string?> ContactEmailAsync(Guid employerId, string contactName, CancellationToken cancellationToken)
        {
            var contacts = await db.Employers.AsNoTracking().Where(e => e.Id == employerId)
                .Select(e => e.ContactPersons.Select(c => new { c.Name, c.Email }).ToList()).FirstOrDefaultAsync(cancellationToken) ?? [];
            return contacts.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Email) && string.Equals(c.Name.Trim(), contactName, StringComparison.OrdinalIgnoreCase))?.Email!.Trim();
        }

        /// <summary>The link goes into the outbox with the link itself, from the adviser (replies reach them) of the service point.</summary>
        private async Task MailAsync(VacancyRef vacancy, string to, string contactName, string path, DateTime expiresAtUtc, Guid me, CancellationToken cancellationToken)
        {
            var sender = await db.Users.Where(u => u.Id == me)
                .Select(u => new
                {
                    u.DisplayName,
                    u.Email,
                    ServicePoint = db.Organisations.Where(o => o.Id == u.OrganisationId)
                        .Select(o => db.ServicePoints.Where(s => s.Id == o.ServicePointId).Select(s => s.Name).FirstOrDefault()).FirstOrDefault(),
                })
                .FirstAsync(cancellationToken);
            mail.EmployerLink(
                vacancy.RegionCode, to, contactName, vacancy.Title, sender.ServicePoint ?? string.Empty, path, expiresAtUtc, sender.DisplayName, sender.Email);
        }

        /// <summary>The vacancy when the caller's organisation owns it (else null: 404).</summary>
        private async Task<VacancyRef?> MineAsync(Guid vacancyId, CancellationToken cancellationToken)
        {
            var organisation = db.Scope.OrganisationId ?? Guid.Empty;
            return await db.Vacancies.AsNoTracking()
                .Where(v => v.Id == vacancyId && v.OwnerOrganisationId == organisation)
                .Select(v => new VacancyRef(v.Id, v.RegionCode, v.EmployerId, v.Title))
                .FirstOrDefaultAsync(cancellationToken);
        }
    }
}
