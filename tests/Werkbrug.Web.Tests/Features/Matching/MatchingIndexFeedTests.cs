using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;
using Skill = Werkbrug.Domain.JobSeekers.Skill;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// The matching indexes start from stored taxonomy codes and follow the database incrementally, across instances: two
/// hosts on one database stand for two instances. Region AM18 is this class's.
/// </summary>
public sealed class MatchingIndexFeedTests(Apps apps)
{
    private const string Region = "AM18";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MatchingIndexFeed Feed(WebApplicationFactory<Program> host) =>
        host.Services.GetServices<IHostedService>().OfType<MatchingIndexFeed>().Single();

    private static MatchingIndexes Indexes(WebApplicationFactory<Program> host) => host.Services.GetRequiredService<MatchingIndexes>();

    private static TaxonomyCodes Codes(WebApplicationFactory<Program> host) => host.Services.GetRequiredService<MatchingCodes>().Codes;

    private static string Csv(IEnumerable<string> rows) => string.Join('\n', rows.Prepend(JobSeekerImportTests.Header)) + "\n";

    [Theory, Providers]
    public async Task codes_are_resolved_when_written_through_the_api_and_the_import_and_an_unknown_label_shows_unresolved(Db db)
    {
        var app = apps.For(db);
        var caseManager = app.ApiClient(await app.CreateUserAsync(Region, Roles.CaseManager));
        var accountManager = app.ApiClient(await app.CreateUserAsync(Region, Roles.AccountManager));
        var registered = await caseManager.RegisterJobSeekerAsync();
        var external = "CODE-" + Guid.NewGuid().ToString("N")[..8];
        await JobSeekerImportTests.ImportAsync(caseManager, Csv([$"{external};Ilse;Import;1990-04-02;;;3811 AB;werkfit;bijstand;;;Magazijnmaterieel bedienen|Xylofoon stemmen;24;32;"]));
        var vacancy = await accountManager.CreateVacancyAsync(await accountManager.RegisterEmployerAsync(), change: b => b["skills"] = new object[]
        {
            new { label = "Magazijnmaterieel bedienen", kind = "Required", importance = "Must" },
            new { label = "Xylofoon stemmen", kind = "Required", importance = "Must" },
        });

        var profile = await app.InDbAsync(d => d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == registered.Id, Ct));
        var imported = await app.InDbAsync(d => d.JobSeekers.AsNoTracking().SingleAsync(j => j.ExternalId == external, Ct));
        var stored = await app.InDbAsync(d => d.Vacancies.AsNoTracking().SingleAsync(v => v.Id == vacancy.Id(), Ct));
        var shown = await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/job-seekers/{imported.Id}", Ct);

        var taxonomy = TaxonomyTsv.Starter;
        Assert.True(profile.TaxonomyCoded && imported.TaxonomyCoded && stored.TaxonomyCoded);
        var known = Codes(app).Skill(null, "Magazijnmaterieel bedienen");
        Assert.NotNull(taxonomy.FindSkill(known!));
        // The test profile's "Heftruck rijden" is no skill of the starter taxonomy: it stays, unresolved.
        Assert.Equal(("Heftruck rijden", null), (profile.Skills.Single().Label, profile.Skills.Single().TaxonomyCode));
        Assert.NotNull(taxonomy.FindOccupation(profile.WorkExperience.Single().OccupationCode!));
        Assert.Equal([known, null], imported.Skills.Select(s => s.TaxonomyCode));
        Assert.NotNull(taxonomy.FindOccupation(stored.OccupationCode!));
        Assert.Equal([known, null], stored.Skills.OrderBy(s => s.Position).Select(s => s.TaxonomyCode));
        var skills = shown.GetProperty("skills").EnumerateArray().ToList();
        Assert.Equal(("Xylofoon stemmen", JsonValueKind.Null), (skills[1].GetProperty("label").GetString(), skills[1].GetProperty("taxonomyCode").ValueKind));
    }

    [Theory, Providers]
    public async Task the_builds_plain_read_of_a_profile_gives_what_the_loaded_profile_gives(Db db)
    {
        var app = apps.For(db);
        var seeker = await app.RegisterJobSeekerAsync(await app.CreateUserAsync(Region, Roles.CaseManager));
        var code = Codes(app).Skill(null, "Magazijnmaterieel bedienen");
        await app.InDbAsync(async d =>
        {
            // Every field the index reads, with values unlike their defaults (each list with more than one item).
            var p = await d.JobSeekers.SingleAsync(j => j.Id == seeker.Id, Ct);
            p.AssessWerkfit(WerkfitStatus.WorkReadyLater, new DateOnly(2026, 3, 2), Guid.NewGuid());
            (p.Benefit, p.JobsAgreementTarget, p.WorkAndThinkingLevel, p.AvailableFrom) = (BenefitType.Wajong, true, WorkAndThinkingLevel.MboHavoVwo, new DateOnly(2026, 9, 1));
            p.Skills = [new Skill("Magazijnmaterieel bedienen", code), new Skill("Xylofoon stemmen", null)];
            p.Competences = [new CompetenceRating(Competence.Presenting, Mastery.Good), new CompetenceRating(Competence.Directing, Mastery.Insufficient)];
            p.Languages = [new LanguageSkill("nld", LanguageLevel.Good, LanguageLevel.Reasonable, LanguageLevel.Excellent, LanguageLevel.Good), new LanguageSkill("eng", LanguageLevel.Excellent, LanguageLevel.Good, LanguageLevel.Good, LanguageLevel.Good)];
            p.Education = [new EducationRecord("Logistiek", EducationLevel.Mbo, EducationStatus.Completed, DiplomaIndicator.Yes, "ROC", 3), new EducationRecord("Havo", EducationLevel.HavoVwo, EducationStatus.Discontinued, DiplomaIndicator.No, null)];
            p.WorkExperience = [.. p.WorkExperience, new WorkExperienceRecord("Vakkenvuller", "Winkel", new DateOnly(2015, 1, 1), new DateOnly(2019, 6, 30))];
            p.DrivingLicences = ["B", "CE"];
            p.Preferences.DesiredOccupations = [new DesiredOccupation("Heftruckchauffeur", null), new DesiredOccupation("Magazijnmedewerker", p.WorkExperience[0].OccupationCode)];
            (p.Preferences.WillingToRetrain, p.Preferences.MinHoursPerWeek, p.Preferences.MaxHoursPerWeek, p.Preferences.MaxTravelKm) = (true, 16, 32, 40);
            p.Preferences.AgreementTypes = [AgreementType.LearningJob, AgreementType.WorkExperiencePlacement];
            return await d.SaveChangesAsync(Ct);
        });

        var loaded = CandidateFacts.Of(await app.InDbAsync(d => d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == seeker.Id, Ct)));
        var read = await app.InDbAsync(d => CandidateFacts.ReadActiveAsync(d, Ct).SingleAsync(f => f.Id == seeker.Id, Ct).AsTask());

        Assert.Equal(JsonSerializer.Serialize(loaded), JsonSerializer.Serialize(read));
        var map = new MatchingMap(TaxonomyTsv.Starter);
        Assert.Equal(JsonSerializer.Serialize(map.Candidate(loaded, new DateOnly(2026, 6, 1))), JsonSerializer.Serialize(map.Candidate(read, new DateOnly(2026, 6, 1))));
        Assert.Equal((2, 2, 2, 2, 2), (read.Skills.Count, read.Competences.Count, read.Languages.Count, read.Education.Count, read.AgreementTypes.Count));
    }

    [Fact]
    public void the_index_counts_stored_codes_only_and_never_looks_a_label_up()
    {
        var taxonomy = TaxonomyTsv.Starter;
        var other = taxonomy.Skills.First(s => s.Kind != SkillKind.Group && s.Uri != new TaxonomyCodes(taxonomy).Skill(null, "Magazijnmaterieel bedienen"));
        var profile = new JobSeekerProfile
        {
            RegionCode = Region,
            OwnerOrganisationId = Guid.NewGuid(),
            CaseManagerUserId = Guid.NewGuid(),
            Pseudonym = "WZ-1",
            GivenName = "Sanne",
            Surname = "Test",
            BirthDate = new DateOnly(1990, 4, 2),
            Postcode = "3811 AB",
            Pc4 = "3811",
            RegisteredOn = new DateOnly(2026, 1, 1),
            Skills = [new Skill("Magazijnmaterieel bedienen", null), new Skill("zomaar een etiket", other.Uri)],
            WorkExperience = [new WorkExperienceRecord("Magazijnmedewerker", null, null, null)],
        };

        var candidate = new MatchingMap(taxonomy).Candidate(profile, new DateOnly(2026, 6, 1));

        Assert.Equal([other.Id], candidate.Skills);
        Assert.Null(candidate.Occupation);
    }

    [Theory, Providers]
    public async Task rows_stored_without_codes_are_resolved_once_when_an_instance_starts(Db db)
    {
        var app = apps.For(db);
        var seeker = await app.RegisterJobSeekerAsync(await app.CreateUserAsync(Region, Roles.CaseManager));
        await app.InDbAsync(async d =>
        {
            // As a row written before codes were stored.
            var p = await d.JobSeekers.SingleAsync(j => j.Id == seeker.Id, Ct);
            p.Skills = [new Skill("Magazijnmaterieel bedienen", null)];
            p.WorkExperience = [.. p.WorkExperience.Select(w => w with { OccupationCode = null })];
            p.TaxonomyCoded = false;
            return await d.SaveChangesAsync(Ct);
        });
        // Flagged as after an ESCO import whose codes for this profile are the ones it has (its work experience too).
        var unchanged = await app.RegisterJobSeekerAsync(await app.CreateUserAsync(Region, Roles.CaseManager));
        var version = await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == unchanged.Id).Select(j => j.Version).SingleAsync(Ct));
        await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == unchanged.Id).ExecuteUpdateAsync(u => u.SetProperty(j => j.TaxonomyCoded, false), Ct));

        await using var second = app.WithWebHostBuilder(_ => { });
        await Feed(second).WhenCaughtUpAsync(Ct).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        var profile = await app.InDbAsync(d => d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == seeker.Id, Ct));
        Assert.True(profile.TaxonomyCoded);
        Assert.NotNull(profile.Skills.Single().TaxonomyCode);
        Assert.Equal(Codes(app).Skill(null, "Magazijnmaterieel bedienen"), profile.Skills.Single().TaxonomyCode);
        Assert.NotNull(profile.WorkExperience.Single().OccupationCode);
        Assert.True(Indexes(second).HoldsCandidate(seeker.Id));
        // Only the flag: no new version, and it stays set (a resolve that left it unset would start over forever).
        var same = await app.InDbAsync(d => d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == unchanged.Id, Ct));
        Assert.True(same.TaxonomyCoded);
        Assert.NotEmpty(same.WorkExperience);
        Assert.Equal(version, same.Version);
    }

    [Theory, Providers]
    public async Task rows_whose_flag_never_sticks_do_not_keep_an_instance_from_starting(Db db)
    {
        // A database of its own: a trigger undoes every "coded" flag written to its profiles, a fault no resolve can pass.
        await using var app = new WerkbrugAppFactory(db);
        var seeker = await app.RegisterJobSeekerAsync(await app.CreateUserAsync(Region, Roles.CaseManager));
        await app.InDbAsync(d => d.Database.ExecuteSqlRawAsync(db == Db.Postgres
            ? """
              CREATE FUNCTION never_coded() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."TaxonomyCoded" := false; RETURN NEW; END $$;
              CREATE TRIGGER never_coded BEFORE UPDATE ON "JobSeekers" FOR EACH ROW EXECUTE FUNCTION never_coded();
              """
            : """
              CREATE TRIGGER never_coded AFTER UPDATE OF "TaxonomyCoded" ON "JobSeekers" WHEN NEW."TaxonomyCoded" = 1
              BEGIN UPDATE "JobSeekers" SET "TaxonomyCoded" = 0 WHERE "Id" = NEW."Id"; END;
              """,
            Ct));
        await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == seeker.Id).ExecuteUpdateAsync(u => u.SetProperty(j => j.TaxonomyCoded, false), Ct));

        await using var second = app.WithWebHostBuilder(_ => { });
        await Feed(second).WhenCaughtUpAsync(Ct).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        Assert.True(Indexes(second).HoldsCandidate(seeker.Id));
        Assert.Contains(app.Logs.Lines, l => l.Contains("Resolving taxonomy codes stopped: the same ", StringComparison.Ordinal));
        Assert.False(await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == seeker.Id).Select(j => j.TaxonomyCoded).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task a_profile_erased_or_deregistered_and_a_vacancy_withdrawn_on_one_instance_leave_the_other_instances_index(Db db)
    {
        // A database of its own: erasing compacts the SQLite file.
        await using var first = new WerkbrugAppFactory(db);
        await using var second = first.WithWebHostBuilder(_ => { });
        var owner = await first.CreateUserAsync(Region, Roles.CaseManager);
        var manager = await first.CreateUserInOrganisationAsync(owner, Roles.Manager);
        var api = first.ApiClient(await first.CreateUserAsync(Region, Roles.AccountManager));
        var erased = await first.RegisterJobSeekerAsync(owner);
        var deregistered = await first.RegisterJobSeekerAsync(owner);
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync());
        Assert.True((await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version())).IsSuccessStatusCode);
        await Feed(second).WhenCaughtUpAsync(Ct);
        var before = (Indexes(second).HoldsCandidate(erased.Id), Indexes(second).HoldsCandidate(deregistered.Id), Indexes(second).HoldsVacancy(vacancy.Id()));

        var erasure = await first.ApiClient(manager).PostAsJsonAsync($"/api/v1/job-seekers/{erased.Id}/erase", new { reason = "DataSubjectRequest" }, Ct);
        Assert.Equal(HttpStatusCode.OK, erasure.StatusCode);
        await first.InDbAsync(async d =>
        {
            var p = await d.JobSeekers.SingleAsync(j => j.Id == deregistered.Id, Ct);
            p.DeregisteredOn = new DateOnly(2026, 11, 1);
            p.UpdatedAtUtc = DateTime.UtcNow;
            return await d.SaveChangesAsync(Ct);
        });
        Assert.True((await api.MoveAsync(vacancy.Id(), "Withdrawn", (await api.GetVacancyAsync(vacancy.Id())).Version())).IsSuccessStatusCode);
        await Feed(second).WhenCaughtUpAsync(Ct);

        Assert.Equal((true, true, true), before);
        Assert.Equal((false, false, false), (Indexes(second).HoldsCandidate(erased.Id), Indexes(second).HoldsCandidate(deregistered.Id), Indexes(second).HoldsVacancy(vacancy.Id())));
    }

    [Theory, Providers]
    public async Task once_a_bulk_import_has_settled_an_idle_instance_reads_nothing_again(Db db)
    {
        // A database of its own, so nobody else's writes count; the second instance's clock is moved by hand.
        await using var first = new WerkbrugAppFactory(db);
        var caseManager = first.ApiClient(await first.CreateUserAsync(Region, Roles.CaseManager));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var second = first.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        await Feed(second).WhenCaughtUpAsync(Ct);

        var batch = "BULK-" + Guid.NewGuid().ToString("N")[..8];
        await JobSeekerImportTests.ImportAsync(caseManager, Csv(Enumerable.Range(1, 40).Select(i => $"{batch}-{i};Wim;Water;1990-04-02;;;3811 AB;werkfit;bijstand;;;Heftruck rijden;24;32;")));
        await Feed(second).WhenCaughtUpAsync(Ct);
        var seenFresh = Feed(second).LastCycleRowsSeen;
        var ids = await first.InDbAsync(d => d.JobSeekers.Where(j => j.ExternalId!.StartsWith(batch)).Select(j => j.Id).ToListAsync(Ct));

        clock.Advance(TimeSpan.FromMinutes(5));
        await Feed(second).WhenCaughtUpAsync(Ct);
        await Feed(second).WhenCaughtUpAsync(Ct);

        Assert.Equal(40, ids.Count);
        Assert.All(ids, id => Assert.True(Indexes(second).HoldsCandidate(id)));
        Assert.True(seenFresh >= 40, $"saw {seenFresh}");
        Assert.Equal(0, Feed(second).LastCycleRowsSeen);
    }

    [Theory, Providers]
    public async Task an_administrator_rebuilds_the_indexes_on_demand_which_drops_what_the_catch_up_could_not_see(Db db)
    {
        var app = apps.For(db);
        var seeker = await app.RegisterJobSeekerAsync(await app.CreateUserAsync(Region, Roles.CaseManager));
        await app.MatchingCaughtUpAsync();
        // Deregistered behind the feed's back: the change stamp does not move, so no catch-up reads it.
        await app.InDbAsync(d => d.JobSeekers.Where(j => j.Id == seeker.Id).ExecuteUpdateAsync(u => u.SetProperty(j => j.DeregisteredOn, new DateOnly(2026, 11, 1)), Ct));
        await app.MatchingCaughtUpAsync();
        var heldBefore = Indexes(app).HoldsCandidate(seeker.Id);

        var refused = await app.ApiClient(await app.CreateUserAsync(Region, Roles.Manager)).PostAsync("/api/v1/matching/rebuild", null, Ct);
        var accepted = await app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator)).PostAsync("/api/v1/matching/rebuild", null, Ct);
        await app.MatchingCaughtUpAsync();

        Assert.True(heldBefore);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.False(Indexes(app).HoldsCandidate(seeker.Id));
        Assert.True(Indexes(app).IsCurrent);
    }

    [Theory, Providers]
    public async Task during_a_database_outage_the_feed_logs_once_backs_off_and_logs_once_more_when_it_works_again(Db db)
    {
        await using var outage = new OutageHost(db);
        var feed = Feed(outage.App);
        await feed.WhenCaughtUpAsync(Ct);

        outage.Cut();
        for (var i = 0; i < 3; i++)
        {
            await feed.WhenAttemptedAsync(Ct);
        }

        var notReady = Indexes(outage.App).IsCurrent;
        outage.Restore();
        await feed.WhenCaughtUpAsync(Ct);

        var lines = outage.App.Logs.Lines.Where(l => l.Contains($" {typeof(MatchingIndexFeed).FullName}: ", StringComparison.Ordinal)).ToList();
        Assert.False(notReady);
        Assert.True(Indexes(outage.App).IsCurrent);
        Assert.Single(lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("current again after", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(4, 16)]
    [InlineData(5, 30)]
    [InlineData(60, 30)]
    public void the_pause_after_failures_doubles_up_to_thirty_seconds(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), MatchingIndexFeed.RetryPause(failures));
}
