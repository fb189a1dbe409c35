using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.IntakeRequests;

/// <summary>Intake requests written straight to the database, as the front door would have saved them.</summary>
internal static class IntakeTestData
{
    /// <summary>A due date no other test uses, far in the future: "newest due first" puts the request on top.</summary>
    public static DateOnly FarFuture() => new DateOnly(2200, 1, 1).AddDays(Random.Shared.Next(0, 30_000));

    /// <summary>A due date long past, so the request is late while it is open.</summary>
    public static DateOnly LongAgo() => new DateOnly(2001, 1, 1).AddDays(Random.Shared.Next(0, 3_000));

    public static async Task<IntakeRequest> NewRequestAsync(
        this WerkbrugAppFactory app, string regionCode = "AM14", DateOnly? dueDate = null, string? kvk = null,
        IntakeRequestStatus status = IntakeRequestStatus.New, Guid? ownerUserId = null, string? company = null)
    {
        var request = new IntakeRequest
        {
            RegionCode = regionCode,
            Type = IntakeRequestType.Vacancy,
            Reference = IntakeReference.New(),
            CompanyName = company ?? EmployerPages.UniqueName("Aanvrager"),
            KvkNumber = kvk,
            ContactName = "Jan de Vries",
            Email = $"jan-{Guid.NewGuid():N}@bedrijf.example",
            Phone = "033 123 45 67",
            Municipality = "Amersfoort",
            Text = "Wij zoeken een heftruckchauffeur.",
            SubmittedAt = DateTimeOffset.UtcNow.AddDays(-1),
            DueDate = dueDate ?? FarFuture(),
            Status = status,
            OwnerUserId = ownerUserId,
        };
        await app.InDbAsync(async d =>
        {
            d.IntakeRequests.Add(request);
            return await d.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return request;
    }
}
