using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Tests.Referrals;

public sealed class ReferralWorkflowTests
{
    private static readonly HashSet<(ReferralStatus, ReferralStatus)> Allowed =
    [
        (ReferralStatus.Proposed, ReferralStatus.AwaitingOwner), (ReferralStatus.Proposed, ReferralStatus.SentToEmployer), (ReferralStatus.Proposed, ReferralStatus.Withdrawn),
        (ReferralStatus.Proposed, ReferralStatus.AwaitingVacancyOwner),
        (ReferralStatus.AwaitingOwner, ReferralStatus.SentToEmployer), (ReferralStatus.AwaitingOwner, ReferralStatus.Declined), (ReferralStatus.AwaitingOwner, ReferralStatus.Withdrawn),
        (ReferralStatus.AwaitingOwner, ReferralStatus.AwaitingVacancyOwner),
        (ReferralStatus.AwaitingVacancyOwner, ReferralStatus.SentToEmployer), (ReferralStatus.AwaitingVacancyOwner, ReferralStatus.Declined),
        (ReferralStatus.AwaitingVacancyOwner, ReferralStatus.Withdrawn),
        (ReferralStatus.SentToEmployer, ReferralStatus.Invited), (ReferralStatus.SentToEmployer, ReferralStatus.Hired), (ReferralStatus.SentToEmployer, ReferralStatus.Rejected), (ReferralStatus.SentToEmployer, ReferralStatus.Withdrawn),
        (ReferralStatus.Invited, ReferralStatus.Hired), (ReferralStatus.Invited, ReferralStatus.Rejected), (ReferralStatus.Invited, ReferralStatus.Withdrawn),
    ];

    public static TheoryData<ReferralStatus, ReferralStatus> EveryPair()
    {
        var data = new TheoryData<ReferralStatus, ReferralStatus>();
        foreach (var from in Enum.GetValues<ReferralStatus>())
        {
            foreach (var to in Enum.GetValues<ReferralStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void allows_exactly_the_documented_steps(ReferralStatus from, ReferralStatus to)
    {
        Assert.Equal(Allowed.Contains((from, to)), ReferralWorkflow.CanMove(from, to));
        var code = ReferralWorkflow.RefusalCode(from, to);
        var expected = ReferralWorkflow.IsFinal(from) ? "Referral.AlreadyFinal" : from == to ? "Referral.AlreadyDone" : "Referral.StepNotAllowed";
        Assert.Equal(expected, code);
    }

    /// <summary>The referral indicators count one step per referral and status without de-duplicating: no status comes back once left.</summary>
    [Theory]
    [MemberData(nameof(Statuses))]
    public void no_status_is_reached_again_once_left(ReferralStatus status)
    {
        var reached = new HashSet<ReferralStatus>();
        var next = new Queue<ReferralStatus>(ReferralWorkflow.NextFrom(status));
        while (next.TryDequeue(out var step))
        {
            if (reached.Add(step))
            {
                foreach (var further in ReferralWorkflow.NextFrom(step))
                {
                    next.Enqueue(further);
                }
            }
        }

        Assert.DoesNotContain(status, reached);
    }

    public static TheoryData<ReferralStatus> Statuses() => [.. Enum.GetValues<ReferralStatus>()];

    [Fact]
    public void final_and_open_statuses_partition_the_workflow()
    {
        Assert.Equal([ReferralStatus.Proposed, ReferralStatus.AwaitingOwner, ReferralStatus.SentToEmployer, ReferralStatus.Invited, ReferralStatus.AwaitingVacancyOwner], ReferralWorkflow.Open.Order());
        foreach (var status in new[] { ReferralStatus.Hired, ReferralStatus.Rejected, ReferralStatus.Withdrawn, ReferralStatus.Declined })
        {
            Assert.True(ReferralWorkflow.IsFinal(status));
            Assert.Empty(ReferralWorkflow.NextFrom(status));
        }
    }
}

public sealed class ReferralStepTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static readonly Guid Adviser = Guid.NewGuid();
    private static readonly Guid CaseManager = Guid.NewGuid();

    private static Referral New(bool otherOwner, string? vacancyRegion = null)
    {
        var referring = Guid.NewGuid();
        var referral = new Referral
        {
            RegionCode = "AM05",
            VacancyId = Guid.NewGuid(),
            EmployerId = Guid.NewGuid(),
            JobSeekerId = Guid.NewGuid(),
            Pseudonym = "WZ-TEST",
            OwnerOrganisationId = otherOwner ? Guid.NewGuid() : referring,
            ReferringOrganisationId = referring,
            ReferredByUserId = Adviser,
            VacancyRegionCode = vacancyRegion,
            Motivation = "Past.",
        };
        referral.Proposed(Now);
        return referral;
    }

    [Fact]
    public void a_referral_to_another_regions_offered_vacancy_waits_for_that_region_after_the_owner_and_then_goes_to_the_employer()
    {
        var referral = New(otherOwner: true, vacancyRegion: "AM14");
        Assert.True(referral.NeedsVacancyOwnerAcceptance);
        Assert.Equal("Referral.StepNotAllowed", referral.Accept(Now, Adviser)!.Code);
        Assert.Null(referral.Approve(new Disclosure(DataCategories.ContactDetails, ConsentKind.Consent, null, false), Now.AddHours(1), CaseManager));
        Assert.Equal(ReferralStatus.AwaitingVacancyOwner, referral.Status);
        Assert.Equal("Referral.StepNotAllowed", referral.Decline("nee", Now, CaseManager)!.Code);
        Assert.Equal("Validation.Required", referral.Refuse(" ", Now, Adviser)!.Code);
        var owner = Guid.NewGuid();
        Assert.Null(referral.Accept(Now.AddHours(2), owner));
        Assert.Equal((ReferralStatus.SentToEmployer, DataCategories.ContactDetails), (referral.Status, referral.Disclosure));
        Assert.Equal(new Guid?[] { Adviser, Adviser, CaseManager, owner }, referral.History.Select(h => h.ByUserId));
        Assert.Equal("Referral.AlreadyDone", referral.Accept(Now, owner)!.Code);
    }

    [Fact]
    public void the_offering_region_refuses_a_referral_with_a_reason_and_an_own_candidate_is_sent_to_it_first()
    {
        var referral = New(otherOwner: false, vacancyRegion: "AM14");
        Assert.Null(referral.Send(Disclosure.AnonymousSheet, Now, Adviser));
        Assert.Equal(ReferralStatus.AwaitingVacancyOwner, referral.Status);
        Assert.Null(referral.Refuse(" te ver weg ", Now, Adviser));
        Assert.Equal(ReferralStatus.Declined, referral.Status);
        Assert.Equal("te ver weg", referral.History[^1].Note);
    }

    [Fact]
    public void a_candidate_of_another_organisation_waits_for_the_owner_who_approves_and_the_employer_hires()
    {
        var referral = New(otherOwner: true);
        Assert.Equal(ReferralStatus.AwaitingOwner, referral.Status);
        Assert.Equal("Referral.StepNotAllowed", referral.Send(Disclosure.AnonymousSheet, Now, Adviser)!.Code);
        Assert.Null(referral.Approve(new Disclosure(DataCategories.ContactDetails, ConsentKind.Consent, null, false), Now.AddHours(1), CaseManager));
        Assert.Equal((ReferralStatus.SentToEmployer, DataCategories.ContactDetails, ConsentKind.Consent, CaseManager), (referral.Status, referral.Disclosure, referral.DisclosureBasis, referral.ApprovedByUserId));
        var link = Guid.NewGuid();
        Assert.Null(referral.Invite(new DateOnly(2026, 3, 10), Today, Now.AddHours(2), ReferralActor.Employer(link)));
        Assert.Null(referral.Hire(new DateOnly(2026, 3, 12), "Start in april", Now.AddHours(3), ReferralActor.Employer(link)));
        Assert.Equal(ReferralStatus.Hired, referral.Status);
        Assert.Equal(
            [(null, ReferralStatus.Proposed), (ReferralStatus.Proposed, ReferralStatus.AwaitingOwner), (ReferralStatus.AwaitingOwner, ReferralStatus.SentToEmployer), (ReferralStatus.SentToEmployer, ReferralStatus.Invited), (ReferralStatus.Invited, ReferralStatus.Hired)],
            referral.History.Select(h => (h.From, h.To)));
        Assert.Equal([Adviser, Adviser, CaseManager, null, null], referral.History.Select(h => h.ByUserId));
        Assert.Equal([null, null, null, link, link], referral.History.Select(h => h.ByEmployerLinkId));
        Assert.Equal("Referral.AlreadyFinal", referral.Withdraw("te laat", Now, Adviser)!.Code);
    }

    [Fact]
    public void an_own_candidate_is_sent_by_the_adviser_and_the_steps_refuse_what_the_workflow_forbids()
    {
        var referral = New(otherOwner: false);
        Assert.Equal(ReferralStatus.Proposed, referral.Status);
        Assert.Equal("Referral.StepNotAllowed", referral.Approve(Disclosure.AnonymousSheet, Now, CaseManager)!.Code);
        Assert.Equal("Referral.StepNotAllowed", referral.Decline("nee", Now, CaseManager)!.Code);
        Assert.Equal("Referral.StepNotAllowed", referral.Hire(new DateOnly(2026, 3, 2), null, Now, ReferralActor.Staff(Adviser))!.Code);
        Assert.Null(referral.Send(Disclosure.AnonymousSheet, Now, Adviser));
        Assert.Null(referral.DisclosureBasis);
        var before = referral.History.Count;
        Assert.Equal("Referral.NoteRequiredForOther", referral.Reject(RejectionReason.Other, " ", new DateOnly(2026, 3, 3), Now, ReferralActor.Staff(Adviser))!.Code);
        Assert.Equal("Validation.Invalid", referral.Reject((RejectionReason)99, null, new DateOnly(2026, 3, 3), Now, ReferralActor.Staff(Adviser))!.Code);
        Assert.Equal(before, referral.History.Count);
        Assert.Null(referral.Reject(RejectionReason.Language, null, new DateOnly(2026, 3, 3), Now, ReferralActor.Staff(Adviser)));
        Assert.Equal((ReferralStatus.Rejected, RejectionReason.Language), (referral.Status, referral.RejectionReason!.Value));
        Assert.Equal("Referral.AlreadyFinal", referral.Invite(new DateOnly(2026, 3, 4), Today, Now, ReferralActor.Staff(Adviser))!.Code);
    }

    [Theory]
    [InlineData(-1, "Referral.InterviewInPast", ReferralStatus.SentToEmployer)]
    [InlineData(-30, "Referral.InterviewInPast", ReferralStatus.SentToEmployer)]
    [InlineData(0, null, ReferralStatus.Invited)]
    [InlineData(14, null, ReferralStatus.Invited)]
    public void an_interview_is_today_or_later(int daysFromToday, string? code, ReferralStatus after)
    {
        var referral = New(otherOwner: false);
        Assert.Null(referral.Send(Disclosure.AnonymousSheet, Now, Adviser));
        Assert.Equal(code, referral.Invite(Today.AddDays(daysFromToday), Today, Now, ReferralActor.Staff(Adviser))?.Code);
        Assert.Equal(after, referral.Status);
        Assert.Equal(code is null ? Today.AddDays(daysFromToday) : null, referral.InterviewOn);
    }

    [Fact]
    public void decline_and_withdraw_need_a_reason()
    {
        var referral = New(otherOwner: true);
        Assert.Equal("Validation.Required", referral.Decline(" ", Now, CaseManager)!.Code);
        Assert.Equal("Validation.Required", referral.Withdraw("", Now, Adviser)!.Code);
        Assert.Null(referral.Decline(" geen toestemming ", Now, CaseManager));
        Assert.Equal("geen toestemming", referral.History[^1].Note);
    }
}

public sealed class DisclosureTests
{
    public static TheoryData<DataCategories, ConsentKind?, LegalBasisCode?, bool, string[]> Cases => new()
    {
        { DataCategories.None, null, null, false, [] },
        { DataCategories.ContactDetails, null, null, false, ["Referral.BasisRequired"] },
        { DataCategories.ContactDetails, ConsentKind.Consent, null, false, [] },
        { DataCategories.FullProfile, ConsentKind.LegalBasis, null, false, ["Consent.LegalBasisRequired"] },
        { DataCategories.FullProfile, ConsentKind.LegalBasis, LegalBasisCode.Participatiewet, false, [] },
        { DataCategories.WorkRequirements, ConsentKind.Consent, null, false, ["Consent.SpecialCategoryNeedsExplicitConsent"] },
        { DataCategories.WorkRequirements, ConsentKind.Consent, null, true, [] },
        { DataCategories.WorkRequirements, ConsentKind.LegalBasis, LegalBasisCode.Participatiewet, true, ["Consent.SpecialCategoryNeedsExplicitConsent"] },
        { DataCategories.WorkRequirements | DataCategories.ContactDetails, null, null, true, ["Referral.BasisRequired", "Consent.SpecialCategoryNeedsExplicitConsent"] },
        { (DataCategories)1024, ConsentKind.Consent, null, true, ["Validation.Invalid"] },
        { DataCategories.ContactDetails, (ConsentKind)7, null, false, ["Referral.BasisRequired"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void checks_the_ground_for_what_is_disclosed(DataCategories categories, ConsentKind? basis, LegalBasisCode? legalBasis, bool explicitConsent, string[] codes) =>
        Assert.Equal(codes, new Disclosure(categories, basis, legalBasis, explicitConsent).Check().Select(e => e.Code));
}

public sealed class PlacementDurabilityTests
{
    private static readonly DateOnly Start = new(2026, 1, 15);

    private static Placement New() => new()
    {
        RegionCode = "AM05",
        VacancyId = Guid.NewGuid(),
        EmployerId = Guid.NewGuid(),
        JobSeekerId = Guid.NewGuid(),
        OwnerOrganisationId = Guid.NewGuid(),
        PlacingOrganisationId = Guid.NewGuid(),
        StartDate = Start,
        ContractType = ContractType.Regular,
        HoursPerWeek = 32,
        ContactPersonUserId = Guid.NewGuid(),
    };

    // checkpoint, stillEmployed, ended (days after start), reason, today (days after start), error code or null, six, twelve
    public static TheoryData<DurabilityCheckpoint, bool, int?, PlacementEndReason?, int, string?, bool?, bool?> Cases => new()
    {
        { DurabilityCheckpoint.SixMonths, true, null, null, 100, "Placement.CheckpointNotReached", null, null },
        { DurabilityCheckpoint.SixMonths, true, null, null, 181, null, true, null },
        { DurabilityCheckpoint.TwelveMonths, true, null, null, 300, "Placement.CheckpointNotReached", null, null },
        { DurabilityCheckpoint.TwelveMonths, true, null, null, 366, null, null, true },
        { DurabilityCheckpoint.SixMonths, true, 50, PlacementEndReason.Other, 200, "Placement.EndOnlyWhenEnded", null, null },
        { DurabilityCheckpoint.SixMonths, false, null, PlacementEndReason.Other, 100, "Validation.Required", null, null },
        { DurabilityCheckpoint.SixMonths, false, 50, null, 100, "Validation.Required", null, null },
        { DurabilityCheckpoint.SixMonths, false, 50, (PlacementEndReason)42, 100, "Validation.Required", null, null },
        { DurabilityCheckpoint.SixMonths, false, -1, PlacementEndReason.Other, 100, "Placement.EndOutsideRange", null, null },
        { DurabilityCheckpoint.SixMonths, false, 101, PlacementEndReason.Other, 100, "Placement.EndOutsideRange", null, null },
        { DurabilityCheckpoint.SixMonths, false, 200, PlacementEndReason.Other, 250, "Placement.EndedAfterCheckpoint", null, null },
        { DurabilityCheckpoint.SixMonths, false, 50, PlacementEndReason.OtherWork, 100, null, false, false },
        { DurabilityCheckpoint.TwelveMonths, false, 50, PlacementEndReason.OtherWork, 100, null, false, false },
        { DurabilityCheckpoint.TwelveMonths, false, 250, PlacementEndReason.ContractNotExtended, 300, null, true, false },
        { (DurabilityCheckpoint)3, true, null, null, 400, "Validation.Invalid", null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void records_the_status_at_a_checkpoint(
        DurabilityCheckpoint checkpoint, bool stillEmployed, int? endedAfter, PlacementEndReason? reason, int todayAfter, string? code, bool? six, bool? twelve)
    {
        var placement = New();
        var error = placement.RecordDurability(checkpoint, stillEmployed, endedAfter is { } e ? Start.AddDays(e) : null, reason, Start.AddDays(todayAfter));
        Assert.Equal(code, error?.Code);
        Assert.Equal((six, twelve), (placement.EmployedAtSixMonths, placement.EmployedAtTwelveMonths));
        Assert.Equal(code is null && !stillEmployed ? Start.AddDays(endedAfter!.Value) : null, placement.EndedOn);
    }

    [Fact]
    public void an_ended_placement_cannot_run_again_nor_end_twice()
    {
        var placement = New();
        Assert.Null(placement.RecordDurability(DurabilityCheckpoint.SixMonths, false, Start.AddDays(30), PlacementEndReason.EmployerEnded, Start.AddDays(40)));
        Assert.Equal("Placement.AlreadyEnded", placement.RecordDurability(DurabilityCheckpoint.TwelveMonths, true, null, null, Start.AddDays(400))!.Code);
        Assert.Equal("Placement.AlreadyEnded", placement.RecordDurability(DurabilityCheckpoint.SixMonths, false, Start.AddDays(35), PlacementEndReason.Other, Start.AddDays(40))!.Code);
        Assert.Equal((Start.AddDays(30), PlacementEndReason.EmployerEnded), (placement.EndedOn!.Value, placement.EndReason!.Value));
        Assert.Equal(new DateOnly(2026, 7, 15), placement.CheckpointDate(DurabilityCheckpoint.SixMonths));
    }

    public static TheoryData<bool?[], int, int, double?> Shares => new()
    {
        { [], 0, 0, null },
        { [null, null], 0, 0, null },
        { [true, false, null, true], 3, 2, 2.0 / 3 },
        { [false], 1, 0, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Shares))]
    public void the_share_counts_known_statuses_only(bool?[] statuses, int known, int employed, double? share)
    {
        var result = DurabilityShare.Of(statuses);
        Assert.Equal((known, employed, share), (result.Checked, result.StillEmployed, result.Share));
    }
}

public sealed class AftercareTaskTests
{
    private static readonly DateOnly Due = new(2026, 5, 1);

    private static AftercareTask New() => new() { RegionCode = "AM05", ReferralId = Guid.NewGuid(), Kind = AftercareTaskKind.ContactMoment, AssigneeUserId = Guid.NewGuid(), DueOn = Due };

    public static TheoryData<int, int, string?, bool?> Completions => new()
    {
        { 0, 0, null, true },
        { -3, 0, null, true },
        { 2, 5, null, false },
        { 6, 5, "Aftercare.DoneInFuture", null },
    };

    [Theory]
    [MemberData(nameof(Completions))]
    public void completes_once_not_in_the_future(int doneAfterDue, int todayAfterDue, string? code, bool? onTime)
    {
        var task = New();
        var by = Guid.NewGuid();
        Assert.Equal(code, task.Complete(Due.AddDays(doneAfterDue), by, "sealed", Due.AddDays(todayAfterDue))?.Code);
        Assert.Equal(onTime, task.DoneOnTime);
        Assert.Equal(code is null, task.IsDone);
        if (code is null)
        {
            Assert.Equal((by, "sealed"), (task.CompletedByUserId!.Value, task.SealedOutcome));
            Assert.Equal("Aftercare.AlreadyDone", task.Complete(Due, by, "again", Due.AddDays(10))!.Code);
            Assert.Equal("Aftercare.AlreadyDone", task.Reschedule(Due.AddDays(3), by, null)!.Code);
            Assert.Equal("sealed", task.SealedOutcome);
        }
    }

    public static TheoryData<int, bool, bool> Overdue => new()
    {
        { -1, false, false },
        { 0, false, false },
        { 1, false, true },
        { 1, true, false },
    };

    public static TheoryData<int, int, string?> CompletionsAroundTheStart => new()
    {
        { -1, 0, "Aftercare.DoneBeforeStart" },
        { -10, 0, "Aftercare.DoneBeforeStart" },
        { 0, 0, null },
        { 3, 5, null },
    };

    [Theory]
    [MemberData(nameof(CompletionsAroundTheStart))]
    public void a_placements_task_is_not_done_before_the_job_starts(int doneAfterStart, int todayAfterStart, string? code)
    {
        var start = Due.AddDays(-7);
        var task = New();
        Assert.Equal(code, task.Complete(start.AddDays(doneAfterStart), Guid.NewGuid(), "sealed", start.AddDays(todayAfterStart), start)?.Code);
        Assert.Equal(code is null, task.IsDone);
    }

    [Theory]
    [MemberData(nameof(Overdue))]
    public void is_overdue_only_when_open_after_its_due_date(int todayAfterDue, bool done, bool overdue)
    {
        var task = New();
        if (done)
        {
            Assert.Null(task.Complete(Due, Guid.NewGuid(), "x", Due));
        }

        Assert.Equal(overdue, task.IsOverdue(Due.AddDays(todayAfterDue)));
    }

    [Fact]
    public void rescheduling_moves_an_open_task_and_trims_the_label()
    {
        var task = New();
        var other = Guid.NewGuid();
        Assert.Null(task.Reschedule(Due.AddDays(7), other, "  Evaluatie met jobcoach "));
        Assert.Equal((Due.AddDays(7), other, "Evaluatie met jobcoach"), (task.DueOn, task.AssigneeUserId, task.Label));
        Assert.Null(task.Reschedule(Due, other, " "));
        Assert.Null(task.Label);
    }
}

public sealed class AftercareScheduleTests
{
    public static TheoryData<string?, bool, int, char> Offsets => new()
    {
        { "2w", true, 2, 'w' },
        { " 3M ", true, 3, 'm' },
        { "10d", true, 10, 'd' },
        { "730d", true, 730, 'd' },
        { "731d", false, 0, '\0' },
        { "0w", false, 0, '\0' },
        { "-1w", false, 0, '\0' },
        { "+1w", false, 0, '\0' },
        { "w", false, 0, '\0' },
        { "2y", false, 0, '\0' },
        { "", false, 0, '\0' },
        { null, false, 0, '\0' },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void parses_an_offset(string? text, bool ok, int amount, char unit)
    {
        Assert.Equal(ok, AftercareOffset.TryParse(text, out var offset));
        Assert.Equal(ok ? new AftercareOffset(amount, unit) : default, offset);
    }

    [Fact]
    public void an_offset_counts_from_the_start()
    {
        var start = new DateOnly(2026, 1, 31);
        Assert.Equal(new DateOnly(2026, 2, 10), new AftercareOffset(10, 'd').After(start));
        Assert.Equal(new DateOnly(2026, 2, 14), new AftercareOffset(2, 'w').After(start));
        Assert.Equal(new DateOnly(2026, 4, 30), new AftercareOffset(3, 'm').After(start));
        Assert.Equal("3m", new AftercareOffset(3, 'm').ToString());
    }

    public static TheoryData<string?, string[]?> Schedules => new()
    {
        { AftercareSchedule.Default, ["2w", "6w", "3m"] },
        { "3m, 2w ,6w", ["2w", "6w", "3m"] },
        { "1m,5w", ["1m", "5w"] },
        { "2w,,6w", ["2w", "6w"] },
        { "2w,x", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void parses_a_schedule_in_date_order(string? schedule, string[]? expected) =>
        Assert.Equal(expected, AftercareSchedule.Parse(schedule)?.Select(o => o.ToString()).ToArray());
}
