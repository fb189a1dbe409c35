using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using static Werkbrug.Domain.FrontDoor.IntakeRequestStatus;

namespace Werkbrug.Domain.Tests.FrontDoor;

public sealed class IntakeRequestTests
{
    private static readonly Guid Sector = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid West = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static readonly TeamFocus[] Teams =
    [
        new(West, TeamKind.Geographic, ["Zaanstad", "Purmerend"]),
        new(Sector, TeamKind.Sector, ["F", "H"]),
        new(Other, TeamKind.Geographic, ["Haarlem"]),
    ];

    [Theory]
    [InlineData("F", "Zaanstad", "1")]
    [InlineData("H", "Haarlem", "1")]
    [InlineData("C", "Zaanstad", "2")]
    [InlineData(null, "purmerend", "2")]
    [InlineData(null, "Haarlem", "3")]
    [InlineData("C", "Utrecht", null)]
    [InlineData(null, null, null)]
    public void routes_sector_first_then_municipality(string? sbi, string? municipality, string? expected)
    {
        var team = IntakeRouting.PickTeam(Teams, sbi, municipality);
        Assert.Equal(expected is null ? null : Guid.Parse($"00000000-0000-0000-0000-00000000000{expected}"), team);
    }

    [Fact]
    public void routes_to_no_team_without_teams() => Assert.Null(IntakeRouting.PickTeam([], "F", "Zaanstad"));

    [Fact]
    public void references_are_short_unguessable_and_unambiguous()
    {
        var references = Enumerable.Range(0, 200).Select(_ => IntakeReference.New()).ToList();
        Assert.Equal(200, references.Distinct().Count());
        foreach (var reference in references)
        {
            Assert.Matches("^WSP-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", reference);
            Assert.Equal(reference, IntakeReference.Normalise(" " + reference.ToLowerInvariant() + " "));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("WSP-")]
    [InlineData("WSP-ABCDEFG0")]
    [InlineData("WSP-ABCDEFGI")]
    [InlineData("XYZ-ABCDEFGH")]
    [InlineData("WSP-ABCDEFGHJ")]
    public void rejects_what_cannot_be_a_reference(string input) => Assert.Null(IntakeReference.Normalise(input));

    [Theory]
    [InlineData(New, InProgress, true)]
    [InlineData(New, Closed, true)]
    [InlineData(New, Answered, false)]
    [InlineData(InProgress, Answered, true)]
    [InlineData(InProgress, Closed, true)]
    [InlineData(InProgress, New, false)]
    [InlineData(Answered, Closed, true)]
    [InlineData(Answered, InProgress, true)]
    [InlineData(Closed, InProgress, false)]
    [InlineData(Closed, New, false)]
    public void allowed_transitions(IntakeRequestStatus from, IntakeRequestStatus to, bool allowed) =>
        Assert.Equal(allowed, IntakeRequestRules.CanMove(from, to));

    [Theory]
    [InlineData(New, "2026-03-02", "2026-03-03", true)]
    [InlineData(InProgress, "2026-03-02", "2026-03-03", true)]
    [InlineData(New, "2026-03-03", "2026-03-03", false)]
    [InlineData(New, "2026-03-04", "2026-03-03", false)]
    [InlineData(Answered, "2026-03-02", "2026-03-03", false)]
    [InlineData(Closed, "2026-03-02", "2026-03-03", false)]
    public void overdue_when_due_date_passed_and_still_open(IntakeRequestStatus status, string due, string today, bool overdue) =>
        Assert.Equal(overdue, IntakeRequestRules.IsOverdue(status, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-04-24", 2, "2026-04-29")] // Friday, weekend and Koningsdag (Monday 27 April) skipped
    [InlineData("2026-12-23", 2, "2026-12-28")]
    [InlineData("2026-03-02", 5, "2026-03-09")]
    public void due_date_counts_working_days(string submitted, int term, string expected) =>
        Assert.Equal(
            DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            IntakeRequest.DueDateFor(DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture), term));
}
