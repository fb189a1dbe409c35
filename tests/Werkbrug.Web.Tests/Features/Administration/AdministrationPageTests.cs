using System.Net;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Home;
using Werkbrug.Web.Tests.Infrastructure;
using static Werkbrug.Web.Tests.Features.Administration.AdministrationTestData;

namespace Werkbrug.Web.Tests.Features.Administration;

public sealed class AdministrationPageTests(Apps apps)
{
    private const string Region = "AM28";
    private const string OtherRegion = "AM29";

    [Theory, Providers]
    public async Task the_organisations_page_lists_own_region_organisations_only(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var own = await app.AddOrganisationAsync(admin);
        var foreign = await app.AddOrganisationAsync(await app.CreateUserAsync(OtherRegion, Roles.Administrator));
        var pages = await PageClient.LoginAsync(app, admin);

        var page = await pages.GetAsync("/administration/organisations");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var names = page.Document.QuerySelectorAll("table tbody th[scope=row]").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(own.Name, names);
        Assert.DoesNotContain(foreign.Name, names);
        Assert.Contains("Werkbedrijf", page.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_create_organisation_form_with_an_empty_name_shows_the_dutch_message_and_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var pages = await PageClient.LoginAsync(app, admin);
        var form = await pages.GetAsync("/administration/organisations/edit");
        var before = await app.InDbAsync(d => d.Organisations.CountAsync(o => o.RegionCode == Region, Ct));

        var result = await pages.SubmitAsync(form, values: new() { ["Input.Name"] = [""], ["Input.Type"] = ["Uwv"], ["Input.ServicePointId"] = [admin.ServicePointId.ToString()] });

        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Equal("/administration/organisations/edit", result.Path);
        Assert.Equal("Naam is verplicht.", result.Document.QuerySelector("#Input_Name-error")!.TextContent.Trim());
        Assert.Equal("true", result.Document.QuerySelector("#Input_Name")!.GetAttribute("aria-invalid"));
        Assert.Contains("Naam is verplicht.", result.Document.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.InDbAsync(d => d.Organisations.CountAsync(o => o.RegionCode == Region, Ct)));
    }

    [Theory, Providers]
    public async Task creating_and_editing_an_organisation_through_the_forms_redirects_to_the_list(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var pages = await PageClient.LoginAsync(app, admin);
        var municipality = (await app.MunicipalitiesOfAsync(Region))[0];
        var name = Unique("Gemeente");

        var created = await pages.SubmitAsync(await pages.GetAsync("/administration/organisations/edit"), values: new()
        {
            ["Input.Name"] = [name],
            ["Input.Type"] = ["Municipality"],
            ["Input.ServicePointId"] = [admin.ServicePointId.ToString()],
            ["Input.MunicipalityName"] = [municipality],
        });

        Assert.Equal("/administration/organisations", created.Path);
        Assert.Contains(name, created.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var id = await app.InDbAsync(d => d.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct));

        var edit = await pages.GetAsync($"/administration/organisations/edit/{id}");
        var edited = await pages.SubmitAsync(edit, values: new() { ["Input.Name"] = [name + " Noord"] });

        Assert.Equal("/administration/organisations", edited.Path);
        Assert.Equal(name + " Noord", await app.InDbAsync(d => d.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task a_form_posted_from_a_stale_version_shows_the_reload_message_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var team = await app.AddTeamAsync(admin);
        var pages = await PageClient.LoginAsync(app, admin);
        var form = await pages.GetAsync($"/administration/teams/edit/{team.Id}");
        await app.InDbAsync(async d =>
        {
            var stored = await d.Teams.SingleAsync(t => t.Id == team.Id, Ct);
            stored.Name = team.Name + " (elders gewijzigd)";
            return await d.SaveChangesAsync(Ct);
        });

        var result = await pages.SubmitAsync(form, values: new() { ["Input.Name"] = [team.Name + " (mijn wijziging)"] });

        Assert.Equal(HttpStatusCode.OK, result.Response.StatusCode);
        Assert.Contains("Iemand anders heeft", result.Document.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(team.Name + " (elders gewijzigd)", await app.InDbAsync(d => d.Teams.Where(t => t.Id == team.Id).Select(t => t.Name).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task the_service_point_form_refuses_a_second_regional_service_point_on_the_kind_field(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var pages = await PageClient.LoginAsync(app, admin);

        var result = await pages.SubmitAsync(await pages.GetAsync("/administration/service-points/edit"), values: new() { ["Input.Name"] = [Unique("Servicepunt")], ["Input.Kind"] = ["Regional"] });

        Assert.Contains("al een regionaal servicepunt", result.Document.QuerySelector("#Input_Kind-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_sector_team_is_created_with_the_focus_checkboxes(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var pages = await PageClient.LoginAsync(app, admin);
        var name = Unique("Brancheteam");
        var form = await pages.GetAsync("/administration/teams/edit");
        Assert.NotNull(form.Document.QuerySelector("input[type=checkbox][name='Input.Focus'][value=F]"));

        var result = await pages.SubmitAsync(form, values: new()
        {
            ["Input.Name"] = [name],
            ["Input.ServicePointId"] = [admin.ServicePointId.ToString()],
            ["Input.Kind"] = ["Sector"],
            ["Input.Focus"] = ["F", "H"],
        });

        Assert.Equal("/administration/teams", result.Path);
        Assert.Equal(["F", "H"], await app.InDbAsync(d => d.Teams.Where(t => t.Name == name).Select(t => t.Focus).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task the_user_forms_show_identity_and_self_protection_messages_on_their_fields(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var pages = await PageClient.LoginAsync(app, admin);

        var create = await pages.SubmitAsync(await pages.GetAsync("/administration/users/new"), values: new()
        {
            ["Input.Email"] = [$"nieuw-{Guid.NewGuid():N}@test.werkbrug.nl"],
            ["Input.DisplayName"] = ["Nieuwe collega"],
            ["Input.OrganisationId"] = [admin.OrganisationId.ToString()],
            ["Input.Roles"] = [Roles.Analyst],
            ["Input.Password"] = ["kort"],
        });
        var self = await pages.SubmitAsync(await pages.GetAsync($"/administration/users/edit/{admin.Id}"), values: new() { ["Input.IsActive"] = ["false"] });

        Assert.Contains("minstens 12 tekens", create.Document.QuerySelector("#Input_Password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("eigen account", self.Document.QuerySelector("#Input_IsActive-error")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.InDbAsync(d => d.Users.Where(u => u.Id == admin.Id).Select(u => u.IsActive).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task the_administrator_resets_a_password_on_the_user_page(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var user = await app.CreateUserAsync(Region, Roles.AccountManager);
        var pages = await PageClient.LoginAsync(app, admin);
        var page = await pages.GetAsync($"/administration/users/edit/{user.Id}");

        var result = await pages.SubmitAsync(page, "form[action*=ResetPassword]", new() { ["Reset.Password"] = ["Opnieuw-ingesteld-2026"] });

        Assert.Equal($"/administration/users/edit/{user.Id}", result.Path);
        Assert.NotNull(result.Document.QuerySelector("[role=status]"));
        await PageClient.LoginAsync(app, user with { Password = "Opnieuw-ingesteld-2026" });
    }

    [Theory, Providers]
    public async Task every_administration_page_opens_and_another_regions_records_are_not_found(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var other = await app.CreateUserAsync(OtherRegion, Roles.Administrator);
        var foreignTeam = await app.AddTeamAsync(other);
        var pages = await PageClient.LoginAsync(app, admin);

        var index = await pages.GetAsync("/administration");
        var links = index.Document.QuerySelectorAll("main a[href^='/administration/']").Select(a => a.GetAttribute("href")!).ToList();
        var startTasks = StartPage.AllTasks.Where(t => t.Role == Roles.Administrator).Select(t => t.Href);
        foreach (var url in links.Concat(startTasks).Concat(["/administration/service-points/edit", "/administration/organisations/edit", "/administration/teams/edit", "/administration/users/new"]))
        {
            var page = await pages.GetAsync(url);
            Assert.True(page.Response.StatusCode == HttpStatusCode.OK, $"{url}: {page.Response.StatusCode}");
            Assert.NotNull(page.Document.QuerySelector("h1"));
        }

        Assert.Equal(5, links.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/administration/teams/edit/{foreignTeam.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/administration/users/edit/{other.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/administration/organisations/edit/{other.OrganisationId}")).Response.StatusCode);
    }

    [Theory, Providers]
    public async Task other_roles_are_denied_the_administration_pages(Db db)
    {
        var app = apps.For(db);
        var pages = await PageClient.LoginAsync(app, await app.CreateUserAsync(Region, Roles.Manager));

        var page = await pages.GetAsync("/administration/users");

        Assert.StartsWith("/account/access-denied", page.Path, StringComparison.Ordinal);
    }
}
