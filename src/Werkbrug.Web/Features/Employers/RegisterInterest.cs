using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Registers an employer's interest in hiring people of a target group (report Q21–22).</summary>
public static class RegisterInterest
{
    public sealed record Command
    {
        [Required]
        [StringLength(20)]
        public string? GroupCode { get; init; }

        [Required]
        public DateOnly? Since { get; init; }

        [StringLength(EmployerLimits.InterestSource)]
        public string? Source { get; init; }
    }

    public sealed record Registered(Guid Id, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Registered>> HandleAsync(Guid employerId, Command command, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsSplitQuery().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (command.GroupCode is not null && !TargetGroups.IsKnown(command.GroupCode) && errors.Count == 0)
            {
                errors.Add(Error.Validation(nameof(Command.GroupCode), "Employer.UnknownTargetGroup"));
            }

            if (command.Since is { } since && since > DutchTime.Today(clock))
            {
                errors.Add(Error.Validation(nameof(Command.Since), "Employer.SinceInFuture"));
            }

            if (errors.Count > 0)
            {
                return Result<Registered>.Failure(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var interest = new TargetGroupInterest
            {
                GroupCode = command.GroupCode!,
                Since = command.Since!.Value,
                Source = InputText.Clean(command.Source),
                RegisteredAtUtc = now,
                RegisteredByUserId = db.Scope.UserId!.Value,
            };
            if (!employer.RegisterInterest(interest))
            {
                return Error.Validation(nameof(Command.GroupCode), "Employer.InterestExists");
            }

            employer.UpdatedAtUtc = now;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Registered(interest.Id, employer.Version);
        }
    }
}
