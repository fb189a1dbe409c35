using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Matching;
using Werkbrug.Matching.Engine;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Weging: the region's matching weights. Everyone in the region reads the weights in force and their history; the
/// region coordinator sets new ones with a reason. Every change is a new numbered version (never an edit), logged, and
/// in force on every instance within a feed cycle; the ranking records name the weights each list was made with.
/// </summary>
public static partial class RegionWeights
{
    public sealed record Command
    {
        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? RequiredSkills { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? NiceToHaveSkills { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? Occupation { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? Competences { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? Hours { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? Education { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? Language { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? DrivingLicence { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? Experience { get; init; }

        [Required]
        [Range(0, MatchingWeightLimits.MaxWeight)]
        public int? Tasks { get; init; }

        /// <summary>Why the weights change; shown in the history.</summary>
        [Required]
        [StringLength(MatchingWeightLimits.Reason)]
        public string? Reason { get; init; }

        /// <summary>The version the coordinator read (0: the defaults, no version of the region's own yet).</summary>
        [Required]
        [Range(0, int.MaxValue)]
        public int? Version { get; init; }

        /// <summary>The form filled with <paramref name="view"/>, to change from.</summary>
        public static Command From(VersionView view)
        {
            ArgumentNullException.ThrowIfNull(view);
            var w = view.Weights.ToDictionary(v => v.Criterion, v => v.Value);
            return new()
            {
                RequiredSkills = w[Criterion.RequiredSkills],
                NiceToHaveSkills = w[Criterion.NiceToHaveSkills],
                Occupation = w[Criterion.Occupation],
                Competences = w[Criterion.Competences],
                Hours = w[Criterion.Hours],
                Education = w[Criterion.Education],
                Language = w[Criterion.Language],
                DrivingLicence = w[Criterion.DrivingLicence],
                Experience = w[Criterion.Experience],
                Tasks = w[Criterion.Tasks],
                Version = view.Version,
            };
        }

        /// <summary>The value of <paramref name="criterion"/> in the command.</summary>
        public int? this[Criterion criterion] => criterion switch
        {
            Criterion.RequiredSkills => RequiredSkills,
            Criterion.NiceToHaveSkills => NiceToHaveSkills,
            Criterion.Occupation => Occupation,
            Criterion.Competences => Competences,
            Criterion.Hours => Hours,
            Criterion.Education => Education,
            Criterion.Language => Language,
            Criterion.DrivingLicence => DrivingLicence,
            Criterion.Experience => Experience,
            _ => Tasks,
        };
    }

    /// <summary>A criterion's weight, with Werkbrug's default beside it.</summary>
    public sealed record WeightValue(Criterion Criterion, int Value, int Default);

    /// <summary>
    /// One version: its number (0 for the defaults), the digest the ranking records name (<see cref="MatchWeights.Version"/>),
    /// the weights, and who set them when and why (null for the defaults).
    /// </summary>
    public sealed record VersionView(int Version, string WeightsVersion, IReadOnlyList<WeightValue> Weights, string? Reason, string? ChangedBy, DateTime? ChangedAtUtc);

    /// <summary>The weights in force and every earlier version, newest first (the defaults last), and the taxonomy the matching uses.</summary>
    public sealed record Overview(VersionView Current, IReadOnlyList<VersionView> History, MatchingCodes.TaxonomyInForce Taxonomy);

    public sealed record Saved(int Version, string WeightsVersion);

    public static MatchWeights ToEngine(MatchingWeightSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new MatchWeights
        {
            RequiredSkills = set.RequiredSkills,
            NiceToHaveSkills = set.NiceToHaveSkills,
            Occupation = set.Occupation,
            Competences = set.Competences,
            Hours = set.Hours,
            Education = set.Education,
            Language = set.Language,
            DrivingLicence = set.DrivingLicence,
            Experience = set.Experience,
            Tasks = set.Tasks,
        };
    }

    public sealed partial class Handler(WerkbrugDb db, MatchingIndexes indexes, MatchingCodes codes, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Overview> GetAsync(CancellationToken cancellationToken)
        {
            var sets = await db.MatchingWeightSets.AsNoTracking().OrderByDescending(w => w.Version)
                .Select(w => new { Set = w, By = db.Users.Where(u => u.Id == w.ChangedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
                .ToListAsync(cancellationToken);
            var history = sets.Select(s => View(s.Set.Version, ToEngine(s.Set), s.Set.Reason, s.By, s.Set.ChangedAtUtc))
                .Append(View(0, MatchWeights.Default, null, null, null)).ToList();
            return new Overview(history[0], history, codes.InForce);
        }

        public async Task<Result<Saved>> SaveAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count == 0 && Enum.GetValues<Criterion>().All(c => command[c] == 0))
            {
                errors.Add(Error.Validation(nameof(Command.RequiredSkills), "MatchingWeights.AllZero"));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            var current = await db.MatchingWeightSets.MaxAsync(w => (int?)w.Version, cancellationToken) ?? 0;
            if (command.Version != current)
            {
                return SaveOrConflict.StaleVersion;
            }

            var region = db.Scope.RegionCode!;
            var set = new MatchingWeightSet
            {
                RegionCode = region,
                Version = current + 1,
                RequiredSkills = command.RequiredSkills!.Value,
                NiceToHaveSkills = command.NiceToHaveSkills!.Value,
                Occupation = command.Occupation!.Value,
                Competences = command.Competences!.Value,
                Hours = command.Hours!.Value,
                Education = command.Education!.Value,
                Language = command.Language!.Value,
                DrivingLicence = command.DrivingLicence!.Value,
                Experience = command.Experience!.Value,
                Tasks = command.Tasks!.Value,
                Reason = command.Reason!.Trim(),
                ChangedByUserId = db.Scope.UserId!.Value,
                ChangedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.MatchingWeightSets.Add(set);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (IsSameVersionTwice(exception))
            {
                // Another coordinator saved the same version number first.
                return SaveOrConflict.StaleVersion;
            }

            var weights = ToEngine(set);
            indexes.SetWeights(region, weights);
            LogChanged(logger, region, set.Version, weights.Version);
            return new Saved(set.Version, weights.Version);
        }

        private static bool IsSameVersionTwice(DbUpdateException exception) =>
            exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
                or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };

        private static VersionView View(int version, MatchWeights weights, string? reason, string? by, DateTime? at) =>
            new(version, weights.Version, [.. Enum.GetValues<Criterion>().Select(c => new WeightValue(c, weights[c], MatchWeights.Default[c]))], reason, by, at);

        [LoggerMessage(LogLevel.Information, "Matching weights of region {Region} set to version {Version} ({WeightsVersion})")]
        private static partial void LogChanged(ILogger logger, string region, int version, string weightsVersion);
    }
}
