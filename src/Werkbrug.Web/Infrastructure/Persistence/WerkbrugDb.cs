using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Exchange;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Geography;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Mail;
using Werkbrug.Domain.NationalArrangements;
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

    public DbSet<PoolDay> PoolDays => Set<PoolDay>();

    public DbSet<Domain.Matching.RankingRecord> Rankings => Set<Domain.Matching.RankingRecord>();

    public DbSet<Domain.Matching.MatchingWeightSet> MatchingWeightSets => Set<Domain.Matching.MatchingWeightSet>();

    public DbSet<Domain.Matching.TaxonomyVersion> TaxonomyVersions => Set<Domain.Matching.TaxonomyVersion>();

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

    public DbSet<NationalAccount> NationalAccounts => Set<NationalAccount>();

    public DbSet<NationalArrangement> NationalArrangements => Set<NationalArrangement>();

    public DbSet<ArrangementChange> ArrangementChanges => Set<ArrangementChange>();
    public DbSet<ExchangeChange> ExchangeChanges => Set<ExchangeChange>();

    public DbSet<ExchangeDelivery> ExchangeDeliveries => Set<ExchangeDelivery>();

    public AccessScope Scope => scope;

    // Read by the query filters; EF evaluates these per query, so each request sees its own scope.
    private bool ScopeIsSystem => scope.IsSystem;

    private string? ScopeRegionCode => scope.RegionCode;

    private Guid? ScopeNationalAccountManagerId => scope.NationalAccountManagerId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WerkbrugDb).Assembly, t => t.Namespace == typeof(WerkbrugDb).Namespace + ".Configurations");

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IRegionScoped).IsAssignableFrom(e.ClrType)))
        {
            var method = typeof(WerkbrugDb).GetMethod(nameof(ApplyRegionScope), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
            method.MakeGenericMethod(entity.ClrType).Invoke(this, [builder]);
        }

        ApplyNationalAccountScope(builder);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }

        // Lists of strings or enums kept in one column (a list with its own converter, such as a profile's skills or an
        // instrument's rules, brings its own comparer).
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
            .Where(p => p.ClrType.IsGenericType && p.ClrType.GetGenericTypeDefinition() == typeof(List<>) && p.GetValueConverter() is null))
        {
            property.SetValueComparer(typeof(ListComparer<>).MakeGenericType(property.ClrType.GetGenericArguments()[0]));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            if (!Prepare() || !Database.IsNpgsql())
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }

            using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            Database.ExecuteSqlRaw(ExchangeOrderLock);
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            transaction?.Commit();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            if (!Prepare() || !Database.IsNpgsql())
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await Database.ExecuteSqlRawAsync(ExchangeOrderLock, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>
    /// Detects the changes once, then turns detection off for the rest of the save: the checks below, the feed entries, the
    /// save interceptors and EF's own save each asked the change tracker for its entries, and with detection on every ask
    /// scanned every tracked entity again (an import batch of 1,000 profiles tracks tens of thousands, with their skills).
    /// Nothing in the save changes a tracked entity's property behind the tracker's back: the version is bumped through
    /// the tracker, feed entries and survey invitations are added. True when feed entries were added.
    /// </summary>
    private bool Prepare()
    {
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        RefuseChangesToAppendOnly();
        RefuseWritesOutsideOwnRegion();
        BumpVersions();
        return RecordExchangeChanges();
    }

    /// <summary>
    /// The changes feed's order (ADR 0036): on PostgreSQL a transaction that adds feed entries first takes this lock, so the
    /// sequence numbers become visible in the order they were drawn and a reader past n never misses a later-committed n - 1.
    /// SQLite has one writer at a time anyway. The lock ends with the transaction.
    /// </summary>
    private const string ExchangeOrderLock = "SELECT pg_advisory_xact_lock(190436)";

    /// <summary>A feed entry for every profile and vacancy being added, changed or removed; true when there is any.</summary>
    private bool RecordExchangeChanges()
    {
        var now = DateTime.UtcNow;
        var source = scope.SourceSystem;
        var changes = new List<ExchangeChange>();
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var (kind, id, owner, externalId, region) = entry.Entity switch
            {
                JobSeekerProfile p => (ExchangeKind.Profile, p.Id, p.OwnerOrganisationId, p.ExternalId, p.RegionCode),
                Vacancy v => (ExchangeKind.Vacancy, v.Id, v.OwnerOrganisationId, v.ExternalId, v.RegionCode),
                _ => (default(ExchangeKind), Guid.Empty, Guid.Empty, null, string.Empty),
            };
            if (kind != default)
            {
                changes.Add(new ExchangeChange
                {
                    RegionCode = region,
                    Kind = kind,
                    EntityId = id,
                    OwnerOrganisationId = owner,
                    ExternalId = externalId,
                    ChangedBySource = source,
                    Removed = entry.State == EntityState.Deleted,
                    AtUtc = now,
                });
            }
        }

        ExchangeChanges.AddRange(changes);
        return changes.Count > 0;
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

        // Region-only look-ups need an index, unless a key or index already leads with the region: that one serves them
        // as well, and a second would only cost every insert (ADR 0046).
        var entity = builder.Entity<T>().Metadata;
        if (!entity.GetIndexes().Select(i => i.Properties).Concat(entity.GetKeys().Select(k => k.Properties))
            .Any(p => p[0].Name == nameof(IRegionScoped.RegionCode)))
        {
            builder.Entity<T>().HasIndex(e => e.RegionCode);
        }
    }

    /// <summary>
    /// The one, reviewed exception to region scope (ADR 0034): a national account manager also sees the employers of their
    /// national accounts (by KvK number) in every region, and those employers' vacancies. Nothing else of another region:
    /// contact moments, referrals, placements and job seekers stay behind the plain region filter. Read-only: see
    /// <see cref="RefuseWritesOutsideOwnRegion"/>. For every other principal the extra condition is a null parameter,
    /// which EF removes from the SQL.
    /// </summary>
    private void ApplyNationalAccountScope(ModelBuilder builder)
    {
        builder.Entity<Employer>().HasQueryFilter(RegionFilter, e => ScopeIsSystem || e.RegionCode == ScopeRegionCode
            || (ScopeNationalAccountManagerId != null
                && NationalAccounts.Any(a => a.ManagerUserId == ScopeNationalAccountManagerId && a.KvkNumber == e.KvkNumber)));
        builder.Entity<Vacancy>().HasQueryFilter(RegionFilter, v => ScopeIsSystem || v.RegionCode == ScopeRegionCode
            || (ScopeNationalAccountManagerId != null
                && Employers.Any(e => e.Id == v.EmployerId
                    && NationalAccounts.Any(a => a.ManagerUserId == ScopeNationalAccountManagerId && a.KvkNumber == e.KvkNumber))));
    }

    /// <summary>
    /// Region scope for writes, in the same one place as for reads (ADR 0034). A signed-in user changes or deletes nothing
    /// of another region, and saves nothing at all in a unit of work that tracks another region's employer or vacancy; a
    /// national account manager also hangs nothing new (a contact moment, a vacancy, ...) on another region's employer or
    /// vacancy. So the national account manager reads their accounts across regions but changes them only in their own.
    /// New rows of another region are not refused here: anonymous and public forms (the front door routes by postcode, a
    /// survey link by its invitation) add them, whoever happens to be signed in. A row that a second region takes further
    /// (<see cref="IPartnerRegionScoped"/>, ADR 0035: a referral to an offered vacancy, a receiving region's copy of the
    /// offer) may be changed by that region's users too, never deleted. Start-up and jobs (system scope) are not region users.
    /// </summary>
    private void RefuseWritesOutsideOwnRegion()
    {
        if (scope.IsSystem || !scope.IsAuthenticated || scope.RegionCode is not { } own || !ChangeTracker.HasChanges())
        {
            return;
        }

        var entries = ChangeTracker.Entries<IRegionScoped>().ToList();
        var foreign = entries.FirstOrDefault(e => e.Entity.RegionCode != own
            && (e.State is EntityState.Modified or EntityState.Deleted || e.Entity is Employer or Vacancy)
            && !(e.State is EntityState.Modified && e.Entity is IPartnerRegionScoped { PartnerRegionCode: { } partner } && partner == own));
        if (foreign is not null)
        {
            throw new OutOfRegionWriteException(foreign.Metadata.ClrType.Name, foreign.Entity.RegionCode);
        }

        if (scope.NationalAccountManagerId is null)
        {
            return;
        }

        var referenced = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified)
            .SelectMany(e => e.Metadata.GetForeignKeys()
                .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Employer) || fk.PrincipalEntityType.ClrType == typeof(Vacancy))
                .Select(fk => (fk.PrincipalEntityType.ClrType, Id: e.Property(fk.Properties[0].Name).CurrentValue as Guid?)))
            .Where(r => r.Id is not null).ToList();
        var employers = referenced.Where(r => r.ClrType == typeof(Employer)).Select(r => r.Id!.Value).Distinct().ToList();
        var vacancies = referenced.Where(r => r.ClrType == typeof(Vacancy)).Select(r => r.Id!.Value).Distinct().ToList();
        if ((employers.Count > 0 && Employers.IgnoreQueryFilters().Any(e => employers.Contains(e.Id) && e.RegionCode != own))
            || (vacancies.Count > 0 && Vacancies.IgnoreQueryFilters().Any(v => vacancies.Contains(v.Id) && v.RegionCode != own)))
        {
            throw new OutOfRegionWriteException(employers.Count > 0 ? nameof(Employer) : nameof(Vacancy), "(another)");
        }
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
            entry.Property(e => e.Version).CurrentValue = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }
}
