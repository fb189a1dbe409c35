using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The `Werkbrug:Freshness` section: the thresholds of <see cref="FreshnessRule"/> in days. Defaults: contact due
/// soon after 60, stale after 90; the profile stale after 180 days without an update. Checked at start-up.
/// </summary>
public sealed class FreshnessOptions
{
    public const string Section = "Werkbrug:Freshness";

    [Range(1, 3650)]
    public int ContactDueSoonDays { get; set; } = FreshnessThresholds.Default.ContactDueSoonDays;

    [Range(1, 3650)]
    public int ContactStaleDays { get; set; } = FreshnessThresholds.Default.ContactStaleDays;

    [Range(1, 3650)]
    public int UpdateStaleDays { get; set; } = FreshnessThresholds.Default.UpdateStaleDays;

    public FreshnessThresholds Thresholds => new(ContactDueSoonDays, ContactStaleDays, UpdateStaleDays);
}

/// <summary>
/// <see cref="FreshnessRule"/> for one day, as query expressions (so the database sorts and counts with exactly the
/// rule the domain states) and for a loaded profile. The update counts by its Dutch calendar day.
/// </summary>
public sealed class FreshnessOnDay
{
    private readonly DateOnly _contactStaleOn;
    private readonly DateOnly _contactDueSoonOn;
    private readonly DateTime _updatedStaleBeforeUtc;

    public FreshnessOnDay(FreshnessThresholds thresholds, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        (Thresholds, Today) = (thresholds, today);
        _contactStaleOn = FreshnessRule.ContactStaleOnOrBefore(today, thresholds);
        _contactDueSoonOn = FreshnessRule.ContactDueSoonOnOrBefore(today, thresholds);
        var firstFreshUpdateDay = FreshnessRule.UpdateStaleOnOrBefore(today, thresholds).AddDays(1);
        _updatedStaleBeforeUtc = DutchTime.StartUtc(firstFreshUpdateDay);
    }

    public FreshnessThresholds Thresholds { get; }

    public DateOnly Today { get; }

    /// <summary>The freshness as a number the database can sort and group by: 3 stale, 2 due soon, 1 fresh (the enum values).</summary>
    public Expression<Func<JobSeekerProfile, int>> Bucket
    {
        get
        {
            var (stale, dueSoon, updatedBefore) = (_contactStaleOn, _contactDueSoonOn, _updatedStaleBeforeUtc);
            return j => (j.LastContactOn ?? j.RegisteredOn) <= stale || j.UpdatedAtUtc < updatedBefore
                ? (int)Freshness.Stale
                : (j.LastContactOn ?? j.RegisteredOn) <= dueSoon ? (int)Freshness.DueSoon : (int)Freshness.Fresh;
        }
    }

    /// <summary>Whether a profile has <paramref name="freshness"/>: <see cref="Bucket"/> compared in the database.</summary>
    public Expression<Func<JobSeekerProfile, bool>> Is(Freshness freshness)
    {
        var bucket = Bucket;
        return Expression.Lambda<Func<JobSeekerProfile, bool>>(Expression.Equal(bucket.Body, Expression.Constant((int)freshness)), bucket.Parameters);
    }

    /// <summary>The owner organisation and <see cref="Bucket"/> of each profile, to count per organisation in the database.</summary>
    public Expression<Func<JobSeekerProfile, OrganisationBucket>> OrganisationBucket =>
        WithBucket((j, bucket) => new OrganisationBucket { OrganisationId = j.OwnerOrganisationId, Bucket = bucket });

    /// <summary>
    /// <paramref name="projection"/> of each profile and its <see cref="Bucket"/>, as one expression the database
    /// translates (the bucket's rule is written once, in <see cref="Bucket"/>).
    /// </summary>
    public Expression<Func<JobSeekerProfile, TResult>> WithBucket<TResult>(Expression<Func<JobSeekerProfile, int, TResult>> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var bucket = Bucket;
        var profile = projection.Parameters[0];
        var bucketOfProfile = new Substitute(bucket.Parameters[0], profile).Visit(bucket.Body);
        return Expression.Lambda<Func<JobSeekerProfile, TResult>>(new Substitute(projection.Parameters[1], bucketOfProfile).Visit(projection.Body), profile);
    }

    /// <summary>Replaces one parameter of an expression by another expression.</summary>
    private sealed class Substitute(ParameterExpression parameter, Expression by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? by : base.VisitParameter(node);
    }

    public Freshness Of(DateOnly? lastContactOn, DateTime updatedAtUtc, DateOnly registeredOn) =>
        FreshnessRule.Of(lastContactOn, DateOnly.FromDateTime(DutchTime.ToLocal(updatedAtUtc)), registeredOn, Today, Thresholds);

    public static FreshnessOnDay For(IOptions<FreshnessOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.Value.Thresholds, DutchTime.Today(clock));
    }
}

/// <summary>One profile's organisation and freshness bucket (a query projection, no personal data).</summary>
public sealed class OrganisationBucket
{
    public Guid OrganisationId { get; init; }

    public int Bucket { get; init; }
}
