using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Referrals;

/// <summary>The referral page as the adviser meets it (server-rendered HTML, no browser). Region AM15, each test with its own cast.</summary>
public sealed class ReferralPageTests(Apps apps)
{
    private const string Region = "AM15";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_hire_on_the_page_that_fills_the_vacancy_tells_the_adviser_so(Db db)
    {
        var app = apps.For(db);
        var cast = await app.CastAsync(Region);
        await app.InDbAsync(async d =>
        {
            (await d.Vacancies.SingleAsync(v => v.Id == cast.VacancyId, Ct)).Positions = 1;
            return await d.SaveChangesAsync(Ct);
        });
        var adviser = app.ApiClient(cast.AccountManager);
        var referral = await adviser.ReferAsync(cast.VacancyId, cast.OwnCandidate.Pseudonym);
        await ReferralTestData.OkAsync(await adviser.StepAsync(referral.Id(), "send", new { version = referral.Version(), disclose = Array.Empty<string>() }));
        var session = await app.SignInAsync(cast.AccountManager);
        var (_, page) = await session.GetAsync($"/referrals/{referral.Id()}");

        var (_, hired) = await session.SubmitAsync(page, "#step-hire form", []);

        Assert.EndsWith($"/referrals/{referral.Id()}", hired.Url, StringComparison.Ordinal);
        Assert.Contains("De vacature staat nu op ‘Vervuld’.", hired.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }
}
