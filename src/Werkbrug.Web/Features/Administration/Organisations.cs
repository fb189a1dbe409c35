using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Administration;

/// <summary>The region's partner organisations (gemeenten, UWV, werkbedrijf, ...): list, read, create, update.</summary>
public static class Organisations
{
    public sealed record Item(
        Guid Id,
        string Name,
        OrganisationType Type,
        Guid ServicePointId,
        string ServicePointName,
        string? MunicipalityName,
        int Version);

    /// <summary>The input of both create and update.</summary>
    public abstract class Fields
    {
        [Required]
        [StringLength(OrganisationLimits.Name)]
        public string? Name { get; init; }

        [Required]
        [EnumDataType(typeof(OrganisationType))]
        public OrganisationType? Type { get; init; }

        [Required]
        public Guid? ServicePointId { get; init; }

        /// <summary>Only for type Municipality, and then required: a municipality of the region.</summary>
        [StringLength(100)]
        public string? MunicipalityName { get; init; }
    }

    public static class List
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken) =>
                await db.ToItems(db.Organisations.AsNoTracking().OrderBy(o => o.Name)).ToListAsync(cancellationToken);
        }
    }

    public static class Get
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
                await db.ToItems(db.Organisations.AsNoTracking().Where(o => o.Id == id)).FirstOrDefaultAsync(cancellationToken) is { } item
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

                var organisation = new Organisation { RegionCode = db.RegionCode(), Name = string.Empty };
                Apply(command, organisation);
                db.Organisations.Add(organisation);
                await db.SaveChangesAsync(cancellationToken);
                return await db.ToItems(db.Organisations.Where(o => o.Id == organisation.Id)).FirstAsync(cancellationToken);
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
                Type = item.Type,
                ServicePointId = item.ServicePointId,
                MunicipalityName = item.MunicipalityName,
                Version = item.Version,
            };

            public Create.Command ToCreate() => new() { Name = Name, Type = Type, ServicePointId = ServicePointId, MunicipalityName = MunicipalityName };
        }

        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
            {
                var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
                if (organisation is null)
                {
                    return Error.NotFound();
                }

                var errors = InputValidator.Validate(command);
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                if (!db.IsCurrentVersion(organisation, command.Version!.Value))
                {
                    return SaveOrConflict.StaleVersion;
                }

                errors.AddRange(await CheckRulesAsync(db, command, id, cancellationToken));
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                Apply(command, organisation);
                if (await db.SaveOrConflictAsync(cancellationToken) is { } conflict)
                {
                    return conflict;
                }

                return await db.ToItems(db.Organisations.Where(o => o.Id == id)).FirstAsync(cancellationToken);
            }
        }
    }

    private static IQueryable<Item> ToItems(this WerkbrugDb db, IQueryable<Organisation> organisations) =>
        from o in organisations
        join s in db.ServicePoints on o.ServicePointId equals s.Id
        select new Item(o.Id, o.Name, o.Type, o.ServicePointId, s.Name, o.MunicipalityName, o.Version);

    private static void Apply(Fields input, Organisation organisation)
    {
        organisation.Name = input.Name!.Trim();
        organisation.Type = input.Type!.Value;
        organisation.ServicePointId = input.ServicePointId!.Value;
        organisation.MunicipalityName = input.Type == OrganisationType.Municipality ? InputText.Clean(input.MunicipalityName) : null;
    }

    /// <summary>Unique name in the region; a service point of the region; a municipality of the region exactly for type Municipality.</summary>
    private static async Task<List<Error>> CheckRulesAsync(WerkbrugDb db, Fields input, Guid? self, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var name = input.Name!.Trim();
        if (await db.Organisations.AnyAsync(o => o.Id != self && o.Name == name, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(Fields.Name), "Administration.NameTaken"));
        }

        if (!await db.ServicePoints.AnyAsync(s => s.Id == input.ServicePointId, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(Fields.ServicePointId), "Administration.NotInRegion"));
        }

        var municipality = InputText.Clean(input.MunicipalityName);
        if (input.Type == OrganisationType.Municipality)
        {
            var region = db.RegionCode();
            if (municipality is null)
            {
                errors.Add(Error.Validation(nameof(Fields.MunicipalityName), "Administration.MunicipalityRequired"));
            }
            else if (!await db.Municipalities.AnyAsync(m => m.Name == municipality && m.RegionCode == region, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Fields.MunicipalityName), "Administration.MunicipalityNotInRegion"));
            }
        }
        else if (municipality is not null)
        {
            errors.Add(Error.Validation(nameof(Fields.MunicipalityName), "Administration.MunicipalityNotAllowed"));
        }

        return errors;
    }
}
