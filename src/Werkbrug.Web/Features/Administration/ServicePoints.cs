using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Administration;

/// <summary>The region's service points (werkgeversservicepunten): list, read, create, update.</summary>
public static class ServicePoints
{
    public sealed record Item(
        Guid Id,
        string Name,
        ServicePointKind Kind,
        string? Phone,
        string? Email,
        string? Website,
        int Version);

    /// <summary>The input of both create and update.</summary>
    public abstract class Fields
    {
        [Required]
        [StringLength(ServicePointLimits.Name)]
        public string? Name { get; init; }

        [Required]
        [EnumDataType(typeof(ServicePointKind))]
        public ServicePointKind? Kind { get; init; }

        [DutchPhoneNumber]
        [StringLength(ServicePointLimits.Phone)]
        public string? Phone { get; init; }

        [EmailAddress]
        [StringLength(ServicePointLimits.Email)]
        public string? Email { get; init; }

        [Url]
        [StringLength(ServicePointLimits.Website)]
        public string? Website { get; init; }
    }

    public static class List
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken) =>
                await db.ServicePoints.AsNoTracking().OrderBy(s => s.Name).Select(ToItem).ToListAsync(cancellationToken);
        }
    }

    public static class Get
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
                await db.ServicePoints.AsNoTracking().Where(s => s.Id == id).Select(ToItem).FirstOrDefaultAsync(cancellationToken) is { } item
                    ? item
                    : Error.NotFound();
        }
    }

    public static class Create
    {
        public sealed class Command : Fields;

        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Command command, CancellationToken cancellationToken)
            {
                var errors = InputValidator.Validate(command);
                if (errors.Count == 0)
                {
                    errors.AddRange(await CheckRulesAsync(db, command, null, cancellationToken));
                }

                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                var servicePoint = new ServicePoint { RegionCode = db.RegionCode(), Name = string.Empty };
                Apply(command, servicePoint);
                db.ServicePoints.Add(servicePoint);
                await db.SaveChangesAsync(cancellationToken);
                return Describe(servicePoint);
            }
        }
    }

    public static class Update
    {
        public sealed class Command : Fields
        {
            /// <summary>The version the user saw; a newer stored version refuses the update.</summary>
            [Required]
            public int? Version { get; init; }

            public static Command From(Item item) => new()
            {
                Name = item.Name,
                Kind = item.Kind,
                Phone = item.Phone,
                Email = item.Email,
                Website = item.Website,
                Version = item.Version,
            };

            public Create.Command ToCreate() => new() { Name = Name, Kind = Kind, Phone = Phone, Email = Email, Website = Website };
        }

        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
            {
                var servicePoint = await db.ServicePoints.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
                if (servicePoint is null)
                {
                    return Error.NotFound();
                }

                var errors = InputValidator.Validate(command);
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                if (!db.IsCurrentVersion(servicePoint, command.Version!.Value))
                {
                    return SaveOrConflict.StaleVersion;
                }

                errors.AddRange(await CheckRulesAsync(db, command, id, cancellationToken));
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                Apply(command, servicePoint);
                return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : Describe(servicePoint);
            }
        }
    }

    private static readonly System.Linq.Expressions.Expression<Func<ServicePoint, Item>> ToItem =
        s => new Item(s.Id, s.Name, s.Kind, s.Phone, s.Email, s.Website, s.Version);

    private static readonly Func<ServicePoint, Item> Describe = ToItem.Compile();

    private static void Apply(Fields input, ServicePoint servicePoint)
    {
        servicePoint.Name = input.Name!.Trim();
        servicePoint.Kind = input.Kind!.Value;
        servicePoint.Phone = InputText.Clean(input.Phone);
        servicePoint.Email = InputText.Clean(input.Email);
        servicePoint.Website = InputText.Clean(input.Website);
    }

    /// <summary>Unique name in the region, and at most one regional service point per region.</summary>
    private static async Task<List<Error>> CheckRulesAsync(WerkbrugDb db, Fields input, Guid? self, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var name = input.Name!.Trim();
        var others = db.ServicePoints.Where(s => s.Id != self);
        if (await others.AnyAsync(s => s.Name == name, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(Fields.Name), "Administration.NameTaken"));
        }

        var kinds = await others.Select(s => s.Kind).ToListAsync(cancellationToken);
        if (!ServicePoint.CanHaveAnother(input.Kind!.Value, kinds))
        {
            errors.Add(Error.Validation(nameof(Fields.Kind), "Administration.SecondRegional"));
        }

        return errors;
    }
}
