using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Web.Infrastructure.Demo;

// The proportions the synthetic work is drawn in, roughly those of a service point's relations: more retail, care,
// industry, construction and business services than offices; mostly small and medium firms.
public sealed partial class SyntheticWork
{
    private sealed partial class RegionWriter
    {
        /// <summary>An SBI section with its weight, some of its SBI codes (four digits, the fifth is drawn) with a name, and the starter taxonomy's sectors of its jobs.</summary>
        private sealed record Branch(string Section, int Weight, (string Code, string Word)[] Kinds, string[] Sectors);

        private static readonly Branch[] Branches =
        [
            new("A", 3, [("0113", "Tuinbouwbedrijf"), ("0130", "Boomkwekerij")], ["groen"]),
            new("C", 10, [("1071", "Bakkerij"), ("2562", "Metaalbewerking"), ("2829", "Machinefabriek"), ("1013", "Vleeswarenfabriek")], ["productie", "techniek"]),
            new("F", 11, [("4120", "Bouwbedrijf"), ("4322", "Installatiebedrijf"), ("4321", "Elektrotechniek"), ("4332", "Timmerbedrijf")], ["bouw", "techniek"]),
            new("G", 18, [("4690", "Groothandel"), ("4711", "Supermarkt"), ("4719", "Warenhuis"), ("4520", "Autobedrijf")], ["detailhandel", "logistiek"]),
            new("H", 7, [("4941", "Transportbedrijf"), ("5210", "Distributiecentrum"), ("5229", "Logistiek")], ["logistiek"]),
            new("I", 8, [("5510", "Hotel"), ("5610", "Restaurant"), ("5621", "Catering")], ["horeca"]),
            new("J", 3, [("6201", "Softwarebedrijf"), ("6202", "ICT-diensten")], ["kantoor"]),
            new("M", 6, [("6920", "Administratiekantoor"), ("7112", "Ingenieursbureau")], ["kantoor"]),
            new("N", 10, [("7810", "Uitzendbureau"), ("8121", "Schoonmaakbedrijf"), ("8130", "Hoveniersbedrijf")], ["schoonmaak", "groen"]),
            new("O", 2, [("8411", "Recreatieschap"), ("8413", "Milieudienst")], ["kantoor", "groen"]),
            new("P", 3, [("8531", "Scholengroep"), ("8559", "Opleidingscentrum")], ["kantoor", "schoonmaak"]),
            new("Q", 13, [("8610", "Ziekenhuis"), ("8710", "Woonzorgcentrum"), ("8891", "Kinderopvang")], ["zorg"]),
            new("R", 2, [("9311", "Sportcentrum"), ("9329", "Recreatiepark")], ["horeca", "groen"]),
            new("S", 4, [("9602", "Kapsalon"), ("9529", "Reparatiebedrijf")], ["detailhandel", "techniek"]),
        ];

        private static readonly (SizeClass, int)[] SizeClasses =
        [
            (SizeClass.Employees0, 2), (SizeClass.Employees1, 4), (SizeClass.Employees2To4, 14), (SizeClass.Employees5To9, 20),
            (SizeClass.Employees10To49, 32), (SizeClass.Employees50To99, 13), (SizeClass.Employees100To249, 9), (SizeClass.Employees250Plus, 6),
        ];

        private static readonly (VacancyStatus, int)[] VacancyStatuses =
        [
            (VacancyStatus.Draft, 8), (VacancyStatus.Open, 40), (VacancyStatus.CandidatesProposed, 16), (VacancyStatus.PartlyFilled, 6),
            (VacancyStatus.Filled, 16), (VacancyStatus.Withdrawn, 6), (VacancyStatus.Expired, 8),
        ];

        /// <summary>The steps from draft to each status, through the workflow.</summary>
        private static readonly Dictionary<VacancyStatus, VacancyStatus[]> StatusPaths = new()
        {
            [VacancyStatus.Draft] = [],
            [VacancyStatus.Open] = [VacancyStatus.Open],
            [VacancyStatus.CandidatesProposed] = [VacancyStatus.Open, VacancyStatus.CandidatesProposed],
            [VacancyStatus.PartlyFilled] = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled],
            [VacancyStatus.Filled] = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.Filled],
            [VacancyStatus.Withdrawn] = [VacancyStatus.Open, VacancyStatus.Withdrawn],
            [VacancyStatus.Expired] = [VacancyStatus.Open, VacancyStatus.Expired],
        };

        private static readonly (BenefitType, int)[] Benefits =
        [
            (BenefitType.Bijstand, 40), (BenefitType.Ww, 25), (BenefitType.None, 14), (BenefitType.Wajong, 9), (BenefitType.WiaWga, 8), (BenefitType.Iow, 4),
        ];

        private static readonly (ReferralStatus, int)[] ReferralOutcomes =
        [
            (ReferralStatus.Proposed, 8), (ReferralStatus.AwaitingOwner, 12), (ReferralStatus.SentToEmployer, 12), (ReferralStatus.Invited, 10),
            (ReferralStatus.Hired, 22), (ReferralStatus.Rejected, 18), (ReferralStatus.Withdrawn, 8), (ReferralStatus.Declined, 6),
        ];

        private static readonly (ReferralStatus, int)[] FilledReferralOutcomes = [(ReferralStatus.Hired, 6), (ReferralStatus.Rejected, 3), (ReferralStatus.Withdrawn, 1)];

        private static readonly string[] Streets = ["Industrieweg", "Stationsstraat", "Kerkstraat", "Handelsweg", "Nijverheidsweg", "Dorpsstraat", "Vanadiumweg", "Hogeweg"];

        private static readonly string[] ContactTitles = ["HR-adviseur", "Eigenaar", "Bedrijfsleider", "Personeelsfunctionaris", "Teamleider"];

        private static readonly string[] ContactNotes =
        [
            "Kennismaking; werkgever staat open voor kandidaten met afstand tot de arbeidsmarkt.",
            "Vacatures doorgesproken; volgende maand meer personeel nodig.",
            "Uitleg gegeven over loonkostensubsidie en de no-riskpolis.",
            "Bedrijfsbezoek: werkplek geschikt voor jobcarving.",
            "Evaluatie van de lopende plaatsingen, werkgever tevreden.",
        ];

        private static readonly string[] Questions =
        [
            "Welke subsidies zijn er als wij iemand uit de doelgroep banenafspraak aannemen?",
            "Wij willen een werkervaringsplek aanbieden. Hoe werkt dat?",
            "Kunt u langskomen om te kijken welke taken wij kunnen afsplitsen?",
            "Hoe werkt een proefplaatsing met behoud van uitkering?",
        ];

        private static readonly string[] Motivations =
        [
            "Ruime ervaring in dit vak en direct beschikbaar.",
            "Past goed bij het team; heeft de gevraagde vaardigheden grotendeels.",
            "Gemotiveerd en woont dichtbij; wil graag in deze branche werken.",
        ];

        private static readonly string[] AftercareNotes =
        [
            "Gesproken met werkgever en werknemer: het gaat goed.",
            "Werknemer went nog; afspraken gemaakt over begeleiding.",
            "Werkgever tevreden, contract wordt waarschijnlijk verlengd.",
        ];
    }
}
