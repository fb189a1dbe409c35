namespace Werkbrug.Web.Infrastructure.Persistence;

// Field lengths shared by the database model and input validation, so both always agree.
public static class ServicePointLimits
{
    public const int Name = 150;
    public const int Phone = 30;
    public const int Email = 254;
    public const int Website = 500;
}

public static class OrganisationLimits
{
    public const int Name = 150;
}

public static class TeamLimits
{
    public const int Name = 100;
}

public static class UserLimits
{
    public const int DisplayName = 150;
}

public static class TokenLimits
{
    public const int Name = 100;

    /// <summary>A partner token's source system name (also on the profiles and vacancies it delivers).</summary>
    public const int SourceSystem = 60;
}

public static class EmployerLimits
{
    /// <summary>Input length of a KvK number; spaces and dots are allowed in what users type.</summary>
    public const int KvkInput = 20;
    public const int KvkNumber = 8;
    public const int TradeName = 200;
    public const int SbiCodes = 10;
    public const int SbiCode = 5;
    public const int AddressLine = 200;
    public const int Postcode = 7;
    public const int MunicipalityName = 100;
    public const int PersonName = 150;
    public const int JobTitle = 100;
    public const int Phone = 30;
    public const int Email = 254;
    public const int HandoverReason = 500;
    public const int InterestSource = 200;
    public const int Search = 100;
}

public static class ContactMomentLimits
{
    public const int Note = 1000;
    public const int FollowUp = 500;
    public const int TopicCode = 40;
    public const int Subject = 200;
    public const int ImportSource = 40;
    public const int LegacyId = 100;
    public const int ImportKey = 200;
    public const int ImportedAdviserName = 150;
}

public static class IntakeLimits
{
    public const int Reference = 12;
    public const int CompanyName = 200;
    public const int ContactName = 150;
    public const int Phone = 30;
    public const int Email = 254;
    public const int Municipality = 100;
    public const int SbiSection = 1;
    public const int Text = 4000;
    public const int Answer = 2000;
    public const int CloseReason = 500;
}

public static class VacancyLimits
{
    /// <summary>VUM naamVacature.</summary>
    public const int Title = 120;

    /// <summary>VUM Beroepsnaam omschrijving.</summary>
    public const int Occupation = 120;

    /// <summary>An ESCO occupation URI.</summary>
    public const int OccupationCode = 300;

    /// <summary>As long as a front-door request's text, which becomes the description (VUM omschrijvingVacature is 2,000).</summary>
    public const int Description = 4000;

    public const int TaskDescription = 300;
    public const int Tasks = 30;

    /// <summary>VUM Vakvaardigheid omschrijving.</summary>
    public const int SkillLabel = 120;
    public const int SkillCode = 300;
    public const int Skills = 40;
    public const int Competences = 25;
    public const int Schedule = 300;
    public const int AddressLine = 200;
    public const int Postcode = 7;
    public const int MunicipalityName = 100;
    public const int Positions = 999;
    public const int ExternalId = 100;
    public const int SbiSection = 1;
    public const int ContactName = 150;
    public const int ContactPhone = 30;
    public const int ContactEmail = 254;
    public const int Note = 1000;
    public const int Reason = 1000;
    public const int Search = 100;
}

public static class NotificationLimits
{
    public const int Kind = 50;
    public const int TextKey = 100;
    public const int Argument = 300;
    public const int PlainText = 1000;
    public const int Link = 300;
}

public static class JobSeekerLimits
{
    public const int ExternalId = 200;
    public const int Pseudonym = 13;
    public const int Name = 100;
    public const int Email = 254;
    public const int Phone = 30;
    public const int AddressLine = 200;
    public const int Postcode = 7;
    public const int BsnInput = 20;
    public const int Label = 120;
    public const int TaxonomyCode = 300;
    public const int ListItems = 50;
    public const int Adjustments = 2000;
    public const int Institution = 200;
    public const int Organisation = 70;
    public const int ContactNote = 500;
}

public static class ConsentLimits
{
    public const int OutsideRecipient = 200;
    public const int Note = 1000;
}

public static class ReferralLimits
{
    public const int Motivation = 2000;
    public const int Note = 1000;
    public const int Reason = 500;
    public const int IdempotencyKey = 100;
    public const int TaskLabel = 100;
    public const int TaskOutcome = 2000;
    public const int ContactName = 150;
    public const int SecretHash = 64;
}
