using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Mail;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Mail;

/// <summary>
/// The administrator's view of the region's outbox: whether e-mail is on, how many mails wait, went out or were given up,
/// and per mail its kind, recipient, attempts and last error. Never what a mail says.
/// </summary>
public static class OutboxStatus
{
    public sealed record Summary(bool Enabled, string? Server, int Pending, int Sent, int Failed, DateTime? OldestPendingAtUtc);

    public sealed record Row(
        Guid Id, string Kind, string Recipient, OutboxMailStatus Status, int Attempts, DateTime CreatedAtUtc, DateTime? LastAttemptAtUtc,
        DateTime? NextAttemptAtUtc, DateTime? SentAtUtc, string? LastError);

    public sealed record Query : PageRequest
    {
        /// <summary>Only the mails in this state (Pending, Sent, Failed).</summary>
        public OutboxMailStatus? Status { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, IOptions<EmailOptions> options)
    {
        public async Task<Summary> SummaryAsync(CancellationToken cancellationToken)
        {
            var counts = await db.OutboxMails.AsNoTracking().GroupBy(m => m.Status)
                .Select(g => new { Status = g.Key, Count = g.Count(), Oldest = g.Min(m => (DateTime?)m.CreatedAtUtc) })
                .ToListAsync(cancellationToken);
            int Count(OutboxMailStatus status) => counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
            var settings = options.Value;
            return new Summary(
                settings.Enabled, settings.Enabled ? $"{settings.Host}:{settings.Port}" : null, Count(OutboxMailStatus.Pending), Count(OutboxMailStatus.Sent),
                Count(OutboxMailStatus.Failed), counts.FirstOrDefault(c => c.Status == OutboxMailStatus.Pending)?.Oldest);
        }

        /// <summary>The newest mails first.</summary>
        public async Task<Result<Paged<Row>>> ListAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (query.Status is { } status && !Enum.IsDefined(status))
            {
                errors.Add(Error.Validation(nameof(Query.Status), "Validation.Invalid"));
            }

            if (errors.Count > 0)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            return await db.OutboxMails.AsNoTracking()
                .Where(m => query.Status == null || m.Status == query.Status)
                .OrderByDescending(m => m.CreatedAtUtc).ThenBy(m => m.Id)
                .Select(m => new Row(
                    m.Id, m.Kind, m.Recipient, m.Status, m.Attempts, m.CreatedAtUtc, m.LastAttemptAtUtc,
                    m.Status == OutboxMailStatus.Pending ? m.NextAttemptAtUtc : null, m.SentAtUtc, m.LastError))
                .ToPagedAsync(query, cancellationToken);
        }
    }
}
