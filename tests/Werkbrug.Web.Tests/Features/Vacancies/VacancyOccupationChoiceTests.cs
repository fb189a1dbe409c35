using System.Net;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

/// <summary>An occupation the title lookup is not sure of is confirmed from a short list; nothing is guessed or saved before. Region AM09 (shared with the EmployerLinks tests: this class reads only its own vacancy).</summary>
public sealed class VacancyOccupationChoiceTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task an_unclear_occupation_is_chosen_from_a_short_list_before_saving(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM09", Roles.AccountManager);
        var employer = await app.ApiClient(user).RegisterEmployerAsync();
        var session = await app.SignInAsync(user);
        var (_, form) = await session.GetAsync($"/vacancies/new?employer={employer}");
        var title = EmployerPages.UniqueName("Keuze");
        (string, string?)[] fields =
        [
            ("Input.Title", title), ("Input.Occupation", "medewerker"), ("Input.HoursPerWeekMin", "16"), ("Input.HoursPerWeekMax", "24"),
            ("Input.ContractType", "TrialPlacement"), ("Input.Postcode", "3811 AB"), ("Input.MunicipalityName", "Amersfoort"), ("Input.Positions", "1"),
        ];

        var (status, choose) = await session.SubmitAsync(form, "form.wb-form", fields);

        Assert.Equal(HttpStatusCode.OK, status);
        var options = choose.QuerySelectorAll("#Input_OccupationCode input[type=radio]");
        Assert.InRange(options.Length, 2, 5);
        Assert.Contains("Wij weten niet zeker welk beroep u met ‘medewerker’ bedoelt", choose.QuerySelector("#Input_OccupationCode-error")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(choose.QuerySelector("#error-summary a[href='#Input_OccupationCode']"));
        Assert.False(await app.InDbAsync(d => d.Vacancies.AnyAsync(v => v.Title == title, Ct)));

        var chosen = options[1].GetAttribute("value")!;
        var (_, details) = await session.SubmitAsync(choose, "form.wb-form", [("Input.OccupationCode", chosen)]);

        Assert.Matches("/vacancies/[0-9a-f-]{36}$", details.Url);
        var saved = await app.InDbAsync(d => d.Vacancies.AsNoTracking().SingleAsync(v => v.Title == title, Ct));
        Assert.Equal(chosen, saved.OccupationCode);
        Assert.Equal("medewerker", saved.Occupation);
    }
}
