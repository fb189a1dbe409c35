using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Features.Referrals;

namespace Werkbrug.Web.Infrastructure.Demo;

// What happens around the employers, vacancies and job seekers: contact histories, front-door requests, referrals and
// everything a referral step sets in motion (ReferralFollowUp, as the app runs it, at the moment of the step).
public sealed partial class SyntheticWork
{
    private sealed partial class RegionWriter
    {
        private sealed record Target(Guid Id, Guid EmployerId, VacancyStatus Status, Guid AdviserUserId, Guid OrganisationId, DateTime CreatedAtUtc, DateTime LastActivityAtUtc);

        private sealed record Candidate(Guid Id, string Pseudonym, Guid OrganisationId, Guid CaseManagerUserId);

        /// <summary>A clock standing at the moment a step was taken, for <see cref="ReferralFollowUp"/>.</summary>
        private sealed class StepClock(DateTime utc) : TimeProvider
        {
            public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
        }

        private void AddContactHistory(Employer employer, Person accountManager, Random random)
        {
            for (var i = random.Next(options.ContactsPerEmployer + 1); i > 0; i--)
            {
                var adviser = random.Next(3) == 0 ? Pick(random, Advisers) : accountManager;
                var planned = random.Next(10) == 0;
                var at = planned ? _now.AddDays(random.Next(1, 30)) : _now.AddDays(-random.Next(1, 400)).AddHours(-random.Next(0, 8));
                var followUp = !planned && random.Next(3) == 0;
                var moment = new ContactMoment
                {
                    RegionCode = batch.RegionCode,
                    EmployerId = employer.Id,
                    OccurredAtUtc = at,
                    Channel = (ContactChannel)random.Next(1, 6),
                    Initiator = random.Next(3) == 0 ? ContactInitiator.Employer : ContactInitiator.ServicePoint,
                    AdviserUserId = adviser.Id,
                    OrganisationId = adviser.OrganisationId,
                    Topics = [Pick(random, ContactTopics.Codes)],
                    Note = planned ? null : Pick(random, ContactNotes),
                    FollowUp = followUp ? "Terugbellen over de openstaande vacatures" : null,
                    FollowUpDue = followUp ? DateOnly.FromDateTime(at).AddDays(14) : null,
                    IsPlanned = planned,
                    LoggedAtUtc = planned ? _now : at,
                };
                if (followUp && moment.FollowUpDue < _today && random.Next(4) != 0)
                {
                    moment.CompleteFollowUp(at.AddDays(random.Next(1, 14)), adviser.Id);
                }

                _db.ContactMoments.Add(moment);
            }
        }

        private async Task<int> AddIntakeRequestsAsync(List<Site> sites, CancellationToken cancellationToken)
        {
            if (options.IntakeRequestsPerRegion == 0)
            {
                return 0;
            }

            var host = $"@{batch.Key.TrimEnd('-')}.{SyntheticData.EmailDomain}";
            var teams = (await _db.Teams.Where(t => t.RegionCode == batch.RegionCode).OrderBy(t => t.Name).Select(t => new { t.Id, t.Kind, t.Focus }).ToListAsync(cancellationToken))
                .Select(t => new TeamFocus(t.Id, t.Kind, t.Focus)).ToList();
            var existing = await _db.IntakeRequests.CountAsync(r => r.RegionCode == batch.RegionCode && r.Email.EndsWith(host), cancellationToken);
            return await AddAsync(existing, options.IntakeRequestsPerRegion, i => NewIntakeRequest(i, sites, teams, host), cancellationToken);
        }

        private void NewIntakeRequest(int number, List<Site> sites, List<TeamFocus> teams, string host)
        {
            var random = Rng(4, number);
            var type = random.Next(10) < 7 ? IntakeRequestType.Vacancy : IntakeRequestType.Question;
            var known = sites.Count > 0 && random.Next(3) == 0 ? Pick(random, sites) : null;
            var branch = Branches.FirstOrDefault(b => known?.Sections.Contains(b.Section) == true) ?? Weighted(random, Branches.Select(b => (b, b.Weight)).ToList());
            var municipality = known?.MunicipalityName ?? NewPlace(random).Municipality;
            var submitted = _now.AddDays(-random.Next(0, 30)).AddMinutes(-random.Next(0, 600));
            var due = IntakeRequest.DueDateFor(DateOnly.FromDateTime(DutchTime.ToLocal(submitted)),
                type == IntakeRequestType.Vacancy ? FrontDoorSettings.DefaultVacancyTermDays : FrontDoorSettings.DefaultQuestionTermDays);
            var teamId = IntakeRouting.PickTeam(teams, branch.Section, municipality);
            var owner = Advisers.Where(a => a.TeamId == teamId && teamId is not null).DefaultIfEmpty(Pick(random, Advisers)).First();
            // Late ones: one in four past their reaction date is still open.
            var status = due < _today
                ? (random.Next(4) == 0 ? (random.Next(2) == 0 ? IntakeRequestStatus.New : IntakeRequestStatus.InProgress) : random.Next(3) == 0 ? IntakeRequestStatus.Closed : IntakeRequestStatus.Answered)
                : (IntakeRequestStatus)random.Next(1, 4);
            var given = Pick(random, FirstNames);
            var request = new IntakeRequest
            {
                RegionCode = batch.RegionCode,
                Type = type,
                Reference = IntakeReference.Prefix + string.Concat(Enumerable.Range(0, 8).Select(_ => IntakeReference.Alphabet[random.Next(IntakeReference.Alphabet.Length)])),
                CompanyName = known?.Name ?? $"{Pick(random, branch.Kinds).Word} {Pick(random, Surnames)}",
                ContactName = $"{given} {Pick(random, Surnames)}",
                Email = string.Create(CultureInfo.InvariantCulture, $"{given.ToLowerInvariant()}.{number}{host}"),
                Phone = string.Create(CultureInfo.InvariantCulture, $"06 {random.Next(10_000_000, 99_999_999)}"),
                Municipality = municipality,
                SbiSection = branch.Section,
                Text = type == IntakeRequestType.Vacancy
                    ? $"Wij zoeken een {OccupationOf(random, branch).Label} voor {8 * random.Next(2, 5)} uur per week. Kunt u ons helpen aan een geschikte kandidaat?"
                    : Pick(random, Questions),
                SubmittedAt = new DateTimeOffset(submitted, TimeSpan.Zero),
                DueDate = due,
                Status = status,
                AssignedTeamId = teamId,
                OwnerUserId = status == IntakeRequestStatus.New ? null : owner.Id,
                EmployerId = known?.Id,
            };
            _db.IntakeRequests.Add(request);
            if (status == IntakeRequestStatus.New)
            {
                return;
            }

            var at = submitted.AddHours(random.Next(1, 20));
            AddEvent(request, at, owner.Id, IntakeRequestEventKind.PickedUp, IntakeRequestStatus.InProgress, null);
            if (status is IntakeRequestStatus.Answered or IntakeRequestStatus.Closed)
            {
                request.Answer = type == IntakeRequestType.Vacancy ? "Dank u wel. Wij nemen binnen twee dagen contact op om de vacature door te spreken." : "Dank voor uw vraag; u bent gebeld en heeft uitleg gekregen.";
                request.AnsweredAtUtc = at.AddHours(random.Next(1, 30));
                AddEvent(request, request.AnsweredAtUtc.Value, owner.Id, IntakeRequestEventKind.Answered, IntakeRequestStatus.Answered, request.Answer);
            }

            if (status == IntakeRequestStatus.Closed)
            {
                request.CloseReason = "Afgehandeld";
                AddEvent(request, request.AnsweredAtUtc!.Value.AddDays(1), owner.Id, IntakeRequestEventKind.Closed, IntakeRequestStatus.Closed, request.CloseReason);
            }
        }

        private void AddEvent(IntakeRequest request, DateTime at, Guid userId, IntakeRequestEventKind kind, IntakeRequestStatus status, string? note) =>
            _db.IntakeRequestEvents.Add(new IntakeRequestEvent
            {
                RegionCode = request.RegionCode,
                IntakeRequestId = request.Id,
                AtUtc = at > _now ? _now : at,
                UserId = userId,
                Kind = kind,
                Status = status,
                Note = note,
            });

        private async Task<int> AddReferralsAsync(CancellationToken cancellationToken)
        {
            var region = batch.RegionCode;
            var existing = await _db.Referrals.CountAsync(r => r.RegionCode == region && r.IdempotencyKey!.StartsWith(batch.Key), cancellationToken);
            if (existing >= options.ReferralsPerRegion)
            {
                return 0;
            }

            VacancyStatus[] referable = [VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled, VacancyStatus.Filled];
            var targets = await _db.Vacancies.AsNoTracking().Where(v => v.RegionCode == region && v.ExternalId!.StartsWith(batch.Key) && referable.Contains(v.Status))
                .OrderBy(v => v.ExternalId)
                .Select(v => new Target(v.Id, v.EmployerId, v.Status, v.AdviserUserId, v.OwnerOrganisationId, v.CreatedAtUtc, v.LastActivityAtUtc)).ToListAsync(cancellationToken);
            var candidates = await _db.JobSeekers.AsNoTracking().Where(j => j.RegionCode == region && j.ExternalId!.StartsWith(batch.Key) && j.DeregisteredOn == null)
                .OrderBy(j => j.ExternalId).Select(j => new Candidate(j.Id, j.Pseudonym, j.OwnerOrganisationId, j.CaseManagerUserId)).ToListAsync(cancellationToken);
            if (targets.Count == 0 || candidates.Count == 0)
            {
                return 0;
            }

            var aftercare = services.GetRequiredService<IOptions<AftercareOptions>>();
            return await AddAsync(existing, options.ReferralsPerRegion, i => AddReferralAsync(i, targets, candidates, aftercare, cancellationToken), cancellationToken);
        }

        private async Task AddReferralAsync(int number, List<Target> targets, List<Candidate> candidates, IOptions<AftercareOptions> aftercare, CancellationToken cancellationToken)
        {
            var random = Rng(5, number);
            var vacancy = Pick(random, targets);
            // A different candidate per number (7919 is prime), so one candidate is not referred twice for one vacancy.
            var candidate = candidates[(int)((number * 7919L) % candidates.Count)];
            var otherOrganisation = candidate.OrganisationId != vacancy.OrganisationId;
            var status = vacancy.Status == VacancyStatus.Filled ? Weighted(random, FilledReferralOutcomes) : Weighted(random, ReferralOutcomes);
            status = (status, otherOrganisation) switch
            {
                (ReferralStatus.AwaitingOwner, false) => ReferralStatus.Proposed,
                (ReferralStatus.Declined, false) => ReferralStatus.Rejected,
                _ => status,
            };

            // Running referrals are recent; outcomes lie between the vacancy's creation and its last activity.
            var end = VacancyWorkflow.IsFinal(vacancy.Status) ? vacancy.LastActivityAtUtc : _now;
            var at = ReferralWorkflow.IsFinal(status)
                ? vacancy.CreatedAtUtc.AddTicks((long)((end - vacancy.CreatedAtUtc).Ticks * random.NextDouble() * 0.6))
                : _now.AddDays(-random.Next(1, 12));
            var actor = ReferralActor.Staff(vacancy.AdviserUserId);
            var referral = new Referral
            {
                RegionCode = batch.RegionCode,
                VacancyId = vacancy.Id,
                EmployerId = vacancy.EmployerId,
                JobSeekerId = candidate.Id,
                Pseudonym = candidate.Pseudonym,
                OwnerOrganisationId = candidate.OrganisationId,
                ReferringOrganisationId = vacancy.OrganisationId,
                ReferredByUserId = vacancy.AdviserUserId,
                Motivation = Pick(random, Motivations),
                IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"{batch.Key}{number:000000}"),
                CreatedAtUtc = at,
            };
            referral.Proposed(at);
            var from = referral.Status;
            DateTime Next() => at = Min(at.AddDays(random.Next(1, 6)), _now);
            HireDetails? hire = null;
            if (status == ReferralStatus.Declined)
            {
                Check(referral.Decline("Kandidaat volgt eerst een traject", Next(), candidate.CaseManagerUserId));
            }
            else if (status is not (ReferralStatus.Proposed or ReferralStatus.AwaitingOwner) && !(status == ReferralStatus.Withdrawn && random.Next(2) == 0))
            {
                Check(otherOrganisation
                    ? referral.Approve(ConsentFor(referral, candidate, Next(), random), at, candidate.CaseManagerUserId)
                    : referral.Send(Disclosure.AnonymousSheet, Next(), vacancy.AdviserUserId));
                from = referral.Status;
                if (status == ReferralStatus.Invited || (status is ReferralStatus.Hired or ReferralStatus.Rejected && random.Next(2) == 0))
                {
                    var invitedAt = Next();
                    var held = DateOnly.FromDateTime(invitedAt).AddDays(random.Next(2, 6));
                    var interview = status == ReferralStatus.Invited ? _today.AddDays(random.Next(1, 10)) : held < _today ? held : _today;
                    Check(referral.Invite(interview, DateOnly.FromDateTime(invitedAt), invitedAt, actor));
                    at = status == ReferralStatus.Invited ? at : Min(interview.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromHours(15)), DateTimeKind.Utc), _now);
                    from = referral.Status;
                }

                if (status == ReferralStatus.Hired)
                {
                    var on = DateOnly.FromDateTime(Next());
                    hire = new HireDetails(on.AddDays(random.Next(7, 28)), random.Next(4) == 0 ? ContractType.TrialPlacement : ContractType.Regular, 8 * random.Next(2, 5),
                        random.Next(3) == 0 ? (PlacementInstrument)random.Next(1, 7) : PlacementInstrument.None, random.Next(4) == 0);
                    Check(referral.Hire(on, null, at, actor));
                }
                else if (status == ReferralStatus.Rejected)
                {
                    Check(referral.Reject((RejectionReason)random.Next(1, 7), null, DateOnly.FromDateTime(Next()), at, actor));
                }
            }

            if (status == ReferralStatus.Withdrawn)
            {
                Check(referral.Withdraw("De vacature is langs een andere weg vervuld", Next(), vacancy.AdviserUserId));
            }

            _db.Referrals.Add(referral);
            var placement = (await new ReferralFollowUp(_db, services.GetRequiredService<MailOutbox>(), aftercare, new StepClock(at)).AfterAsync(referral, from, hire, cancellationToken)).Placement;
            FollowAftercare(referral, placement, random);
        }

        /// <summary>
        /// What the owner's case manager discloses when approving: half the time the candidate consented to the referring
        /// organisation seeing their contact details and profile (recorded as a consent for the referral), else the
        /// anonymous sheet.
        /// </summary>
        private Disclosure ConsentFor(Referral referral, Candidate candidate, DateTime at, Random random)
        {
            if (random.Next(2) == 0)
            {
                return Disclosure.AnonymousSheet;
            }

            var shared = DataCategories.ContactDetails | DataCategories.FullProfile;
            _db.Consents.Add(new Consent
            {
                RegionCode = referral.RegionCode,
                JobSeekerId = candidate.Id,
                Kind = ConsentKind.Consent,
                Categories = shared,
                RecipientOrganisationId = referral.ReferringOrganisationId,
                Purpose = ConsentPurpose.Referral,
                ValidFrom = DateOnly.FromDateTime(at),
                ValidUntil = DateOnly.FromDateTime(at).AddYears(1),
                RecordedByUserId = candidate.CaseManagerUserId,
                RecordedAtUtc = at,
            });
            return new Disclosure(shared, ConsentKind.Consent, null, false);
        }

        /// <summary>
        /// Aftercare as it went: most tasks past their due date were done (on or a little after it, never before the job
        /// started), one in four of the last six weeks' is still open (overdue); durability checks record whether the placement lasted. The
        /// notifications older than a few days were read.
        /// </summary>
        private void FollowAftercare(Referral referral, Placement? placement, Random random)
        {
            foreach (var task in _db.AftercareTasks.Local.Where(t => t.ReferralId == referral.Id).OrderBy(t => t.DueOn).ToList())
            {
                if (task.DueOn >= _today || (task.DueOn > _today.AddDays(-45) && random.Next(4) == 0))
                {
                    continue;
                }

                var on = task.DueOn.AddDays(random.Next(0, 4));
                Check(task.Complete(on > _today ? _today : on, task.AssigneeUserId, _vault.SealAftercareNote(batch.RegionCode, Pick(random, AftercareNotes)), _today));
                if (task.Checkpoint is { } checkpoint && placement is not null && placement.EmployedAt(checkpoint) is null)
                {
                    var due = placement.CheckpointDate(checkpoint);
                    var from = checkpoint == DurabilityCheckpoint.SixMonths ? placement.StartDate : placement.CheckpointDate(DurabilityCheckpoint.SixMonths);
                    Check(random.Next(5) == 0
                        ? placement.RecordDurability(checkpoint, false, from.AddDays(random.Next(0, due.DayNumber - from.DayNumber)), (PlacementEndReason)random.Next(1, 5), _today)
                        : placement.RecordDurability(checkpoint, true, null, null, _today));
                }
            }

            var link = $"/referrals/{referral.Id}";
            foreach (var notification in _db.Notifications.Local.Where(n => n.Link == link && n.CreatedAtUtc < _now.AddDays(-3)))
            {
                notification.MarkRead(notification.CreatedAtUtc.AddDays(1));
            }
        }

        private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
    }
}
