using System.Net;
using System.Text.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Indicators;

/// <summary>
/// The indicators through /api/v1/indicators and the Kengetallen pages, on the hand-made region of <see cref="IndicatorWorld"/>
/// (arranged once per provider): every expected figure is worked out by hand from its table.
/// </summary>
public sealed class IndicatorApiTests(Apps apps)
{
    private static readonly string[] FigureParts = ["value", "count", "of"];

    private static readonly string[] DefinitionParts = ["name", "counts", "records", "limits"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, IndicatorWorld World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await IndicatorWorld.OnceAsync(app));
    }

    /// <summary>The figures of indicator <paramref name="key"/> as the API gives them (200 asserted).</summary>
    internal static async Task<JsonElement> FiguresAsync(HttpClient api, string key, string query)
    {
        var response = await api.GetAsync($"/api/v1/indicators/{key}?{query}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A figure as "12" / "45.8", "-" for a share without a base, or "x" when suppressed (then it carries no value, count or base at all).</summary>
    private static string Shown(JsonElement figure)
    {
        if (figure.GetProperty("suppressed").GetBoolean())
        {
            Assert.All(FigureParts, p => Assert.Equal(JsonValueKind.Null, figure.GetProperty(p).ValueKind));
            return "x";
        }

        var value = figure.GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? "-" : value.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of one breakdown as "key=value|previous", in the order given.</summary>
    private static string Rows(JsonElement indicator, string dimension, Func<string, string> name) =>
        string.Join(' ', indicator.GetProperty("breakdowns").EnumerateArray().Single(b => b.GetProperty("dimension").GetString() == dimension)
            .GetProperty("rows").EnumerateArray()
            .Select(r => $"{name(r.GetProperty("key").GetString()!)}={Shown(r.GetProperty("value"))}|{Shown(r.GetProperty("previous"))}"));

    private static Func<string, string> Names(IndicatorWorld world) =>
        key => key == world.A.ToString() ? "A" : key == world.B.ToString() ? "B" : key == world.C.ToString() ? "C" : key;

    [Theory, Providers]
    public async Task placements_are_counted_per_breakdown_with_small_groups_suppressed(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var placements = await FiguresAsync(app.ApiClient(world.Manager), "placements", IndicatorWorld.Q2);

        // Q2: 6 + 5 + 5 + 6 + 2 = 24 (the 1 July and 31 December placements fall outside); Q1: 7.
        Assert.Equal(("24", "7"), (Shown(placements.GetProperty("value")), Shown(placements.GetProperty("previous"))));
        Assert.Equal(("2026-K2", "2026-K1"), (placements.GetProperty("period").GetProperty("label").GetString(), placements.GetProperty("previousPeriod").GetProperty("label").GetString()));
        // Owner: A 6 + 6 = 12, B 5 + 5 = 10, C 2. C is small; B (the smallest other) goes with it, or C would be 24 − 12 − 10.
        // Previous: A 7, B and C 0 (a row of either period is in both).
        Assert.Equal("A=12|7 B=x|0 C=x|0", Rows(placements, "owner-organisation", Names(world)));
        // Benefit follows the owner's candidate: bijstand 12, WW 10, Wajong 2 (rows in the order of their Dutch labels).
        Assert.Equal("Bijstand=12|7 Wajong=x|0 Ww=x|0", Rows(placements, "benefit", k => k));
        // Work location: Dordrecht 6 + 5 = 11, Papendrecht 5 + 6 = 11, Sliedrecht 2: Sliedrecht and the first of the two 11s hidden.
        Assert.Equal("Dordrecht=x|7 Papendrecht=11|0 Sliedrecht=x|0", Rows(placements, "municipality", k => k));
        // Contract: trial placement (Proefplaatsing) 5, regular (Reguliere vacature) 6 + 5 + 6 + 2 = 19.
        Assert.Equal("TrialPlacement=5|0 Regular=19|7", Rows(placements, "contract-type", k => k));
        Assert.Equal("None=24|7", Rows(placements, "instrument", k => k));
    }

    [Theory, Providers]
    public async Task the_share_of_another_partners_candidates_counts_placements_whose_owner_is_not_the_placing_organisation(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        var share = await FiguresAsync(api, "cross-partner-placements", IndicatorWorld.Q2);

        // A placed 5 of B's candidates, B 6 of A's: 11 of 24 = 45.8 %. Q1: 0 of A's own 7 = 0 %.
        Assert.Equal(("45.8", 11L, 24L), (Shown(share.GetProperty("value")), share.GetProperty("value").GetProperty("count").GetInt64(), share.GetProperty("value").GetProperty("of").GetInt64()));
        Assert.Equal("0", Shown(share.GetProperty("previous")));
        // Per placing organisation: A 5 of 11, B 6 of 11 = 54.5 %, C 0 of 2. C's base is small, and the first other base of 11 goes too.
        // Q1: A 0 of 7; B and C placed nobody (no base, no share).
        Assert.Equal("A=x|0 B=54.5|- C=x|-", Rows(share, "placing-organisation", Names(world)));

        // Only B's work: 6 of its 11 placements were of A's candidates; B placed nobody in Q1 (no base, no share).
        var ofB = await FiguresAsync(api, "cross-partner-placements", $"{IndicatorWorld.Q2}&organisation={world.B}");
        Assert.Equal(("54.5", "-"), (Shown(ofB.GetProperty("value")), Shown(ofB.GetProperty("previous"))));
        var placedByB = await FiguresAsync(api, "placements", $"{IndicatorWorld.Q2}&organisation={world.B}");
        Assert.Equal(("11", "0"), (Shown(placedByB.GetProperty("value")), Shown(placedByB.GetProperty("previous"))));
    }

    [Theory, Providers]
    public async Task referrals_convert_to_invitations_and_hires_and_rejections_are_counted_by_reason(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        // Sent in Q2: A 12 (6 invited), B 10 (5 hired without an invitation + 1 invited) = 12 of 22 = 54.5 %.
        // Q1: the one of A, invited: 1 of 1, too small to show (the row and the total).
        var invited = await FiguresAsync(api, "referrals-invited", IndicatorWorld.Q2);
        Assert.Equal(("54.5", "x"), (Shown(invited.GetProperty("value")), Shown(invited.GetProperty("previous"))));
        // Per organisation: A 6 of 12, B 6 of 10; but only 4 of B's were not invited, too few to show, so B's share is
        // suppressed, and A's with it (else B's would follow from the total).
        Assert.Equal("A=x|x B=x|-", Rows(invited, "referring-organisation", Names(world)));

        // Hired: A 6 of 12, B 5 of 10 = 11 of 22 = 50 %; Q1's one was rejected (0 of 1, a base too small to show).
        var hired = await FiguresAsync(api, "referrals-hired", IndicatorWorld.Q2);
        Assert.Equal(("50", "x"), (Shown(hired.GetProperty("value")), Shown(hired.GetProperty("previous"))));
        Assert.Equal("A=50|x B=50|-", Rows(hired, "referring-organisation", Names(world)));

        // Rejected in Q2: motivation 6 (A), language 5 (B), did not show up 1 (the Q1 referral, rejected on 2 April) = 12.
        // Not shown: the 1, and language (the smallest other). Rows by Dutch label: Motivatie, Niet verschenen, Taal.
        var rejections = await FiguresAsync(api, "rejections", IndicatorWorld.Q2);
        Assert.Equal(("12", "0"), (Shown(rejections.GetProperty("value")), Shown(rejections.GetProperty("previous"))));
        Assert.Equal("Motivation=6|0 NoShow=x|0 Language=x|0", Rows(rejections, "rejection-reason", k => k));

        // Only B's referrals: language 5 of 5.
        var ofB = await FiguresAsync(api, "rejections", $"{IndicatorWorld.Q2}&organisation={world.B}");
        Assert.Equal("Language=5|0", Rows(ofB, "rejection-reason", k => k));
    }

    [Theory, Providers]
    public async Task vacancies_filled_withdrawn_and_expired_are_counted_when_they_closed(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var closed = await FiguresAsync(app.ApiClient(world.Manager), "vacancies-closed", IndicatorWorld.Q2);

        // Q2: filled 5, withdrawn 5, expired 2 = 12; Q1: filled 6. Expired (2) is small, and withdrawn goes with it (the
        // first of the two 5s in label order: Ingetrokken, Verlopen, Vervuld). The open vacancies of the placements never count.
        Assert.Equal(("12", "6"), (Shown(closed.GetProperty("value")), Shown(closed.GetProperty("previous"))));
        Assert.Equal("Withdrawn=x|0 Expired=x|0 Filled=5|6", Rows(closed, "outcome", k => k));
        // By the vacancy's organisation: A 5 + 2 = 7 (Q1 6), B 5.
        Assert.Equal("A=7|6 B=5|0", Rows(closed, "vacancy-organisation", Names(world)));

        // Time to fill: every vacancy was taken in on 1 Nov 2025; Q2's 5 were filled on 29 May 2026 (30 + 31 + 31 + 28 + 31
        // + 30 + 28 = 209 days), Q1's 6 on 10 Jan 2026 (30 + 31 + 9 = 70 days).
        var timeToFill = await FiguresAsync(app.ApiClient(world.Manager), "time-to-fill", IndicatorWorld.Q2);
        Assert.Equal(("209", "70"), (Shown(timeToFill.GetProperty("value")), Shown(timeToFill.GetProperty("previous"))));
        Assert.Equal("A=209|70", Rows(timeToFill, "vacancy-organisation", Names(world)));
    }

    [Theory, Providers]
    public async Task placements_still_running_at_six_months_are_a_share_of_those_with_a_known_status(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        // Checkpoints in Q2 (starts 10 Nov and 1 Dec 2025): A 7 of 12 known (the 2 unknown left out), B 5 of 5 = 12 of 17 = 70.6 %.
        // A's 5 ended are enough to show A's 58.3 %; B's 0 ended singles nobody out. Q1 (starts Jul-Sep 2025): none, no share.
        var six = await FiguresAsync(api, "placements-lasting-6-months", IndicatorWorld.Q2);
        Assert.Equal(("70.6", 12L, 17L, "-"), (Shown(six.GetProperty("value")), six.GetProperty("value").GetProperty("count").GetInt64(), six.GetProperty("value").GetProperty("of").GetInt64(), Shown(six.GetProperty("previous"))));
        Assert.Equal("A=58.3|- B=100|-", Rows(six, "placing-organisation", Names(world)));

        // Twelve months: none of these reaches its twelve-month checkpoint in Q2.
        Assert.Equal("-", Shown((await FiguresAsync(api, "placements-lasting-12-months", IndicatorWorld.Q2)).GetProperty("value")));
    }

    [Theory, Providers]
    public async Task aftercare_is_on_time_when_done_on_or_before_its_due_date(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var onTime = await FiguresAsync(app.ApiClient(world.Manager), "aftercare-on-time", IndicatorWorld.Q2);

        // Contact moments 7 of 12 (3 late, 2 never done), feedback 5 of 5: 12 of 17 = 70.6 %. Rows by Dutch label:
        // Contactmoment nazorg, Terugkoppeling met werkgever. Q1: no task due, no share.
        Assert.Equal(("70.6", "-"), (Shown(onTime.GetProperty("value")), Shown(onTime.GetProperty("previous"))));
        Assert.Equal("ContactMoment=58.3|- Feedback=100|-", Rows(onTime, "task-kind", k => k));
    }

    [Theory, Providers]
    public async Task front_door_requests_answered_within_the_reaction_term(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var inTime = await FiguresAsync(app.ApiClient(world.Manager), "intake-answered-in-time", IndicatorWorld.Q2);

        // Due 12 May: vacancies 5 of 10 (3 answered late, 2 never), questions 5 of 5 (on the due date itself) = 10 of 15 = 66.7 %.
        // Rows by Dutch label: vacature, vraag. Q1: nothing due, no share.
        Assert.Equal(("66.7", "-"), (Shown(inTime.GetProperty("value")), Shown(inTime.GetProperty("previous"))));
        Assert.Equal("Vacancy=50|- Question=100|-", Rows(inTime, "request-type", k => k));
    }

    [Theory, Providers]
    public async Task employers_reached_new_and_contacts_by_initiative(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        // Reached in Q2: 10–49: 5 of 10; 50–99: 5 of 5 = 10 of 15 = 66.7 % (the employer registered today is not yet in the base,
        // the planned contact is not a contact). Q1: 5 of the 10 registered by then; the 50–99 did not exist yet.
        var reached = await FiguresAsync(api, "employers-reached", IndicatorWorld.Q2);
        Assert.Equal(("66.7", "50"), (Shown(reached.GetProperty("value")), Shown(reached.GetProperty("previous"))));
        Assert.Equal("Employees10To49=50|50 Employees50To99=100|-", Rows(reached, "size-class", k => k));

        // New: Q2 the 5 of 50–99, Q1 the 10 of 10–49.
        var added = await FiguresAsync(api, "employers-new", IndicatorWorld.Q2);
        Assert.Equal("Employees10To49=0|10 Employees50To99=5|0", Rows(added, "size-class", k => k));

        // Contacts held in Q2: 5 on the service point's initiative (A), 5 on the employer's (B); Q1: A's 5. Rows by Dutch label:
        // "Op initiatief van de werkgever", "... van het werkgeversservicepunt".
        var contacts = await FiguresAsync(api, "employer-contacts", IndicatorWorld.Q2);
        Assert.Equal(("10", "5"), (Shown(contacts.GetProperty("value")), Shown(contacts.GetProperty("previous"))));
        Assert.Equal("Employer=5|0 ServicePoint=5|5", Rows(contacts, "initiator", k => k));
        Assert.Equal("A=5|5 B=5|0", Rows(contacts, "contact-organisation", Names(world)));

        // Reached by A's contacts only: the 5 of 10–49 of 15.
        var byA = await FiguresAsync(api, "employers-reached", $"{IndicatorWorld.Q2}&organisation={world.A}");
        Assert.Equal("33.3", Shown(byA.GetProperty("value")));
    }

    [Theory, Providers]
    public async Task reach_among_all_employers_divides_by_the_regions_population_table(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);

        // Q2 2026, table 2026 by cell: reached C 10–49 5 (A) and 5 of 50–99 without an SBI code (B) = 10 of 100. By section:
        // C 5 of 30, G 0 of 40, H 0 of 30, unknown 5 without a base. Q1: A's same five of C = 5 of 100.
        var reach = await FiguresAsync(api, "employers-reached-of-register", IndicatorWorld.Q2);
        Assert.Equal(("10", "5"), (Shown(reach.GetProperty("value")), Shown(reach.GetProperty("previous"))));
        Assert.Equal("C=16.7|16.7 G=0|0 H=0|0 =-|-", Rows(reach, "sbi-section", k => k));

        // By band: 10–49 5 of 60, 50–99 5 of 10, 100+ 0 of 30 (Q1: only the 10–49 five).
        Assert.Equal("Employees10To49=8.3|8.3 Employees100Plus=0|0 Employees50To99=50|0", Rows(reach, "size-band", k => k));

        // Only B's contacts: the five without a code, 5 of 100.
        var byB = await FiguresAsync(api, "employers-reached-of-register", $"{IndicatorWorld.Q2}&organisation={world.B}");
        Assert.Equal(("5", "0"), (Shown(byB.GetProperty("value")), Shown(byB.GetProperty("previous"))));

        // Q4 2025 uses 2025's margins (sections C 25 and G 75; bands 80 and 20); nobody was reached then. 2024 has no table.
        var q4 = await FiguresAsync(api, "employers-reached-of-register", "from=2025-10-01&to=2025-12-31");
        Assert.Equal("C=0|0 G=0|0", Rows(q4, "sbi-section", k => k));
        Assert.Equal("Employees10To49=0|0 Employees50To99=0|0", Rows(q4, "size-band", k => k));
        static bool Available(JsonElement figure) => figure.GetProperty("available").GetBoolean();
        var before = await FiguresAsync(api, "employers-reached-of-register", "from=2024-01-01&to=2024-12-31");
        Assert.Equal(("-", false, false), (Shown(before.GetProperty("value")), Available(before.GetProperty("value")), Available(before.GetProperty("previous"))));
        Assert.True(Available(q4.GetProperty("value")));

        // The table is region-wide: no figure for one municipality, in either period.
        var dordrecht = await FiguresAsync(api, "employers-reached-of-register", IndicatorWorld.Q2 + "&municipality=Dordrecht");
        Assert.Equal((false, false), (Available(dordrecht.GetProperty("value")), Available(dordrecht.GetProperty("previous"))));
    }

    [Theory, Providers]
    public async Task a_municipality_filter_counts_the_work_located_there(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var dordrecht = await FiguresAsync(app.ApiClient(world.Manager), "placements", IndicatorWorld.Q2 + "&municipality=dordrecht");

        // Dordrecht: 6 + 5 = 11 in Q2, 7 in Q1; owners A 6 and B 5 both shown. Any case of the name is accepted.
        Assert.Equal(("11", "7", "Dordrecht"), (Shown(dordrecht.GetProperty("value")), Shown(dordrecht.GetProperty("previous")), dordrecht.GetProperty("municipality").GetString()));
        Assert.Equal("A=6|7 B=5|0", Rows(dordrecht, "owner-organisation", Names(world)));
    }

    [Theory, Providers]
    public async Task a_team_filter_counts_the_work_of_the_teams_advisers(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);
        var team = $"{IndicatorWorld.Q2}&team={world.TeamB}";

        // Team B is case manager B: the 10 referrals B sent in Q2 (5 hired without an invitation, 1 invited and rejected,
        // 4 rejected) and none in Q1: hired 5 of 10 (the region: 11 of 22); invited or hired 6 of 10, hidden because the
        // 4 others are a small group; the rejections the 5 for language.
        var hired = await FiguresAsync(api, "referrals-hired", team);
        Assert.Equal(("50", 10, "-", world.TeamB.ToString()), (Shown(hired.GetProperty("value")), hired.GetProperty("value").GetProperty("of").GetInt32(), Shown(hired.GetProperty("previous")), hired.GetProperty("team").GetString()));
        Assert.Equal("x", Shown((await FiguresAsync(api, "referrals-invited", team)).GetProperty("value")));
        Assert.Equal("Language=5|0", Rows(await FiguresAsync(api, "rejections", team), "rejection-reason", k => k));

        // B's five contacts with the 50–99 (Q2, the employer's initiative); the manager, in no team, had all the others.
        Assert.Equal("Employer=5|0", Rows(await FiguresAsync(api, "employer-contacts", team), "initiator", k => k));

        // Every placement has the manager as its contact person: none for team B.
        var placements = await FiguresAsync(api, "placements", team);
        Assert.Equal(("0", "0"), (Shown(placements.GetProperty("value")), Shown(placements.GetProperty("previous"))));

        // A team of another region is refused on its field; the dashboard offers the region's teams.
        var elsewhere = await app.CreateAdviserAsync("AM35", Roles.Manager);
        var otherTeam = await app.InDbAsync(async db =>
        {
            var other = new Team { RegionCode = "AM35", ServicePointId = elsewhere.ServicePointId, Name = $"Elders {Guid.NewGuid():N}", Kind = TeamKind.Geographic };
            db.Teams.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        var refused = await api.GetAsync($"/api/v1/indicators/placements?team={otherTeam}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty("team", out _));

        var page = await (await PageClient.LoginAsync(app, world.Manager)).GetAsync($"/indicators?From=2026-04-01&To=2026-06-30&Team={world.TeamB}");
        Assert.Equal(world.TeamB.ToString(), page.Document.QuerySelector("select#Team option[selected]")?.GetAttribute("value"));
        Assert.Contains("50% (5 van 10)", page.Document.QuerySelector("#referrals-hired")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_month_compares_with_the_month_before(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var june = await FiguresAsync(app.ApiClient(world.Manager), "placements", "from=2026-06-01&to=2026-06-30");

        // June: B's 5 (30 June) and 6 (1 June) = 11; May: A's 5 of B's candidates.
        Assert.Equal(("11", "5", "2026-05"), (Shown(june.GetProperty("value")), Shown(june.GetProperty("previous")), june.GetProperty("previousPeriod").GetProperty("label").GetString()));
    }

    [Theory, Providers]
    public async Task bad_filters_are_refused_with_a_problem_per_field(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Manager);
        var elsewhere = await app.CreateAdviserAsync("AM35", Roles.Manager);

        foreach (var (query, field) in new (string, string?)[]
        {
            ("from=2026-06-30&to=2026-04-01", "to"),
            ("from=2026-04-01", "to"),
            ("from=2020-01-01&to=2026-12-31", "from"),
            ("municipality=Amersfoort", "municipality"), // not in the caller's region
            ($"organisation={elsewhere.OrganisationId}", "organisation"),
            ("from=eergisteren&to=2026-06-30", null),
        })
        {
            var response = await api.GetAsync($"/api/v1/indicators/placements?{query}", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(field is null || JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {body}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/indicators/plaatsingen", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task managers_coordinators_and_analysts_read_aggregates_of_their_own_region_only(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var asAnalyst = await app.ApiClient(world.Analyst).GetStringAsync($"/api/v1/indicators/placements?{IndicatorWorld.Q2}", Ct);
        Assert.Contains("\"value\":24", asAnalyst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.CaseManagerB).GetAsync($"/api/v1/indicators/placements?{IndicatorWorld.Q2}", Ct)).StatusCode);

        var coordinator = await app.CreateAdviserAsync("AM35", Roles.RegionCoordinator);
        var elsewhere = await FiguresAsync(app.ApiClient(coordinator), "placements", IndicatorWorld.Q2);
        Assert.DoesNotContain(world.A.ToString(), elsewhere.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sliedrecht", elsewhere.GetRawText(), StringComparison.Ordinal);

        // The dashboard counts its indicators side by side, each on a scope of its own: still the caller's region only.
        var dashboard = await app.ApiClient(coordinator).GetStringAsync($"/api/v1/indicators/export?format=csv&{IndicatorWorld.Q2}", Ct);
        Assert.Contains("Plaatsingen", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Sliedrecht", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("A-gemeente", dashboard, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_catalogue_gives_each_indicator_its_definition(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var catalogue = await app.ApiClient(world.Analyst).AllItemsAsync("/api/v1/indicators");

        var cross = catalogue.Single(i => i.GetProperty("key").GetString() == "cross-partner-placements");
        Assert.Equal(("Share", "/indicators/cross-partner-placements"), (cross.GetProperty("kind").GetString(), cross.GetProperty("page").GetString()));
        Assert.Contains("andere", cross.GetProperty("counts").GetString(), StringComparison.Ordinal);
        Assert.Contains(catalogue, i => i.GetProperty("key").GetString() == "placements");
        Assert.All(catalogue, i => Assert.All(DefinitionParts, p => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty(p).GetString()))));

        // Every definition page opens with the indicator's name and what it counts (the browser journeys open one of them).
        var pages = await PageClient.LoginAsync(app, world.Analyst);
        foreach (var indicator in catalogue)
        {
            var page = await pages.GetAsync(indicator.GetProperty("page").GetString()!);
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.EndsWith(indicator.GetProperty("name").GetString()!, page.Document.QuerySelector("main h1")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Contains(indicator.GetProperty("counts").GetString()!, page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        // Opened from a filtered dashboard, the way back keeps the filter.
        var filtered = await pages.GetAsync("/indicators/placements?From=2026-04-01&To=2026-06-30&Municipality=Dordrecht");
        Assert.Equal("/indicators?From=2026-04-01&To=2026-06-30&Municipality=Dordrecht#placements", filtered.Document.QuerySelector("#back-to-dashboard")!.GetAttribute("href"));
    }

    [Theory, Providers]
    public async Task the_dashboard_shows_a_table_per_breakdown_with_definition_links_and_drills_down_for_managers_only(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var url = "/indicators?From=2026-04-01&To=2026-06-30";

        var manager = await (await PageClient.LoginAsync(app, world.Manager)).GetAsync(url);
        var table = manager.Document.QuerySelector("#placements-owner-organisation")!;
        Assert.Equal("Plaatsingen naar Eigenaar van de kandidaat", table.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal(["Eigenaar van de kandidaat", "2026-K2", "Vorige periode (2026-K1)"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        Assert.Equal(["12", "afgeschermd", "afgeschermd"], table.QuerySelectorAll("tbody tr td:nth-of-type(1)").Select(td => td.TextContent.Trim()));
        Assert.Equal("24", table.QuerySelector("tfoot td")!.TextContent.Trim());
        // Before the table a chart of the same rows for the eye (hidden from screen readers, who read the table): A's bars
        // 12 (full width) and 7; a hidden figure draws no bar.
        var chart = manager.Document.QuerySelector("#placements-owner-organisation-chart .wb-barchart__chart")!;
        Assert.Equal("true", chart.GetAttribute("aria-hidden"));
        Assert.Equal(["100", "58.33", "0", "0", "0", "0"], chart.QuerySelectorAll(".wb-barchart__track rect").Select(r => r.GetAttribute("width")));
        Assert.Equal(["12", "7", "afgeschermd", "0", "afgeschermd", "0"], chart.QuerySelectorAll(".wb-barchart__value").Select(v => v.TextContent.Trim()));
        Assert.Empty(manager.Document.QuerySelectorAll("#placements-owner-organisation-chart table"));
        Assert.NotNull(manager.Document.QuerySelector("#placements a[href='/placements']"));
        Assert.NotNull(manager.Document.QuerySelector("nav a[href='/indicators']"));

        var analyst = await PageClient.LoginAsync(app, world.Analyst);
        var start = await analyst.GetAsync("/");
        Assert.NotNull(start.Document.QuerySelector("main a[href='/indicators']"));
        var seen = await analyst.GetAsync(url);
        Assert.Contains("45,8% (11 van 24)", seen.Document.QuerySelector("#cross-partner-placements-placing-organisation tfoot")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(seen.Document.QuerySelectorAll("main a[href^='/placements']"));
        var definition = await analyst.GetAsync(seen.Document.QuerySelector("#cross-partner-placements a[href='/indicators/cross-partner-placements?From=2026-04-01&To=2026-06-30']")!.GetAttribute("href")!);
        Assert.Contains("eigenaar", definition.Document.QuerySelector("#definition-counts")!.TextContent, StringComparison.Ordinal);

        var refused = await analyst.GetAsync("/indicators?From=2026-06-30&To=2026-04-01");
        Assert.Contains("De einddatum moet op of na de begindatum liggen.", refused.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
