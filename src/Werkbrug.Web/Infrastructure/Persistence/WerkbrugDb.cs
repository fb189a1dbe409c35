using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Geography;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Mail;
using Werkbrug.Domain.Notifications;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Planning;
using Werkbrug.Domain.Reference;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence;

/// <summary>
/// The one EF Core context. Slices use it directly. Region scope is applied here, once, as a global
/// query filter on every <see cref="IRegionScoped"/> entity; optimistic concurrency is applied here, once,
/// to every <see cref="IVersioned"/> entity. The provider-specific subclasses only own their migrations.
/// </summary>
public abstract class WerkbrugDb(DbContextOptions options, AccessScope scope)
    : IdentityDbContext<WerkbrugUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string RegionFilter = "Region";

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<PostcodeArea> PostcodeAreas => Set<PostcodeArea>();

    public DbSet<SbiSection> SbiSections => Set<SbiSection>();

    public DbSet<ServicePoint> ServicePoints => Set<ServicePoint>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<ContactMoment> ContactMoments => Set<ContactMoment>();

    public DbSet<IntakeRequest> IntakeRequests => Set<IntakeRequest>();

    public DbSet<IntakeRequestEvent> IntakeRequestEvents => Set<IntakeRequestEvent>();
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<VacancyOffer> VacancyOffers => Set<VacancyOffer>();

    public DbSet<VacancyOfferTarget> VacancyOfferTargets => Set<VacancyOfferTarget>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<JobSeekerProfile> JobSeekers => Set<JobSeekerProfile>();

    public DbSet<JobSeekerContact> JobSeekerContacts => Set<JobSeekerContact>();
    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<ErasedJobSeeker> ErasedJobSeekers => Set<ErasedJobSeeker>();

    public DbSet<PossibleDuplicate> PossibleDuplicates => Set<PossibleDuplicate>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<AppliedInstrument> PlacementInstruments => Set<AppliedInstrument>();

    public DbSet<AftercareTask> AftercareTasks => Set<AftercareTask>();

    public DbSet<EmployerLink> EmployerLinks => Set<EmployerLink>();

    public DbSet<EvaluationText> EvaluationTexts => Set<EvaluationText>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<ProcessingLogRecord> ProcessingLog => Set<ProcessingLogRecord>();

    public DbSet<UserAuditRecord> UserAuditLog => Set<UserAuditRecord>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<RegionSecret> RegionSecrets => Set<RegionSecret>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();

    public DbSet<PlanChange> PlanChanges => Set<PlanChange>();

    public DbSet<Instrument> Instruments => Set<Instrument>();

    public DbSet<InstrumentChange> InstrumentChanges => Set<InstrumentChange>();

    public DbSet<InstrumentWatcher> InstrumentWatchers => Set<InstrumentWatcher>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();

    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<SurveyOptOut> SurveyOptOuts => Set<SurveyOptOut>();

    public DbSet<PopulationCount> PopulationCounts => Set<PopulationCount>();

    public AccessScope Scope => scope;

    // Read by the query filters; EF evaluates these per query, so each request sees its own scope.
    private bool ScopeIsSystem => scope.IsSystem;

    private string? ScopeRegionCode => scope.RegionCode;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WerkbrugDb).Assembly, t => t.Namespace == typeof(WerkbrugDb).Namespace + ".Configurations");

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IRegionScoped).IsAssignableFrom(e.ClrType)))
        {
            var method = typeof(WerkbrugDb).GetMethod(nameof(ApplyRegionScope), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
            method.MakeGenericMethod(entity.ClrType).Invoke(this, [builder]);
        }

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }

        // Lists of strings or enums kept in one column (skills are owned JSON entities, not these; a list with its own
        // converter, such as an instrument's rules, brings its own comparer).
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
            .Where(p => p.ClrType.IsGenericType && p.ClrType.GetGenericTypeDefinition() == typeof(List<>) && p.GetValueConverter() is null))
        {
            property.SetValueComparer(typeof(ListComparer<>).MakeGenericType(property.ClrType.GetGenericArguments()[0]));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToAppendOnly();
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToAppendOnly();
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Declares the version the user saw. If the stored row has moved on, the save fails with a
    /// concurrency conflict instead of overwriting the other user's change.
    /// </summary>
    public bool IsCurrentVersion<T>(T entity, int expectedVersion)
        where T : class, IVersioned
    {
        Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        return entity.Version == expectedVersion;
    }

    private void ApplyRegionScope<T>(ModelBuilder builder)
        where T : class, IRegionScoped
    {
        Expression<Func<T, bool>> filter = e => ScopeIsSystem || e.RegionCode == ScopeRegionCode;
        builder.Entity<T>().HasQueryFilter(RegionFilter, filter);
        builder.Entity<T>().HasIndex(e => e.RegionCode);
    }

    /// <summary>Audit records are only ever added: no code path may change or delete one (the database refuses it too).</summary>
    private void RefuseChangesToAppendOnly()
    {
        var refused = ChangeTracker.Entries<IAppendOnly>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (refused is not null)
        {
            throw new InvalidOperationException($"{refused.Metadata.ClrType.Name} is append-only: records are never changed or deleted ({refused.State} refused).");
        }
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }
}
