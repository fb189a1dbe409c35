using static Werkbrug.Domain.Surveys.Templates.TemplateParts;

namespace Werkbrug.Domain.Surveys.Templates;

/// <summary>
/// The report's questionnaire to the labour-market regions (appendix 1, "Vragenlijst werkgeversdienstverlening regionale
/// werkgeversservicepunten", final version of 18 June 2021): 74 numbered questions in sections A–N and the closing O.
/// Keys are V + the printed number (V16a, V16b); the printed jumps ("R ga naar vraag 13", "[Sla over ALS vraag 11 = 4]")
/// are written as each question's condition, so a question is shown exactly when the printed route reaches it.
/// Question 1 = Nee leads straight to section N (question 74).
/// </summary>
public static class RegionsQuestionnaire
{
    public const string Key = "vragenlijst-regios-2021";

    private const string Joint = "V1 = ja";

    private static Question Q(Question question, string label) => question with { Label = label };

    private static QuestionOption[] Attention =>
        FivePoints("Geen aandacht", "No attention", "Weinig aandacht", "Little attention", "Niet weinig, niet veel aandacht", "Neither little nor much", "Veel aandacht", "Much attention", "Zeer veel aandacht", "Very much attention", "Weet niet", "Don't know");

    private static QuestionOption[] Agreement =>
        FivePoints("Zeer mee oneens", "Strongly disagree", "Mee oneens", "Disagree", "Niet mee oneens, niet mee eens", "Neither", "Mee eens", "Agree", "Zeer mee eens", "Strongly agree", "Weet ik niet", "I don't know");

    private static QuestionOption[] Judgement(bool dontKnow) =>
    [
        O("1", "Als zeer slecht", "Very poor"),
        O("2", "Als slecht", "Poor"),
        O("3", "Als niet slecht, niet goed", "Neither poor nor good"),
        O("4", "Als goed", "Good"),
        O("5", "Als zeer goed", "Very good"),
        .. dontKnow ? new[] { DontKnow } : [],
    ];

    private static QuestionOption[] Frequency =>
    [
        O("altijd", "Ja, altijd", "Yes, always"),
        O("meestal", "Ja, meestal", "Yes, mostly"),
        O("vaak", "Ja, vaak", "Yes, often"),
        O("soms", "Ja, soms", "Yes, sometimes"),
        O("nooit", "Nee, nooit", "No, never"),
        O("weetniet", "Dat weet ik niet", "I don't know"),
    ];

    private static QuestionOption[] Plans(string thing, string thingEn) =>
    [
        Yes,
        O("bezig", $"Nee, maar we zijn bezig met het invoeren van {thing}", $"No, but we are introducing {thingEn}"),
        O("termijn", "Nee, maar we zijn dat op termijn wel van plan", "No, but we plan to in time"),
        O("niet", "Nee, en we zijn dat ook niet van plan", "No, and we do not plan to"),
    ];

    /// <summary>An open question that may also be answered "Dat weet ik niet".</summary>
    private static Question OpenOrDontKnow(string key, string condition, string nl, string en) =>
        Open(key, condition, nl, en) with { Options = [Only("weetniet", "Dat weet ik niet", "I don't know")] };

    private static Question NoOrNamely(string key, string nl, string en, string yes = "Ja, namelijk …", string yesEn = "Yes, namely …") =>
        Single(key, Joint, nl, en, No, Other("ja", yes, yesEn));

    private static LocalText NotRightOrWrong => new(
        "Het gaat hier niet om ‘goed’ of ‘fout’: geen of weinig aandacht voor een onderwerp kan betekenen dat het werkgeversservicepunt op dat punt goed functioneert of dat andere onderwerpen meer aandacht vragen.",
        "This is not about right or wrong: little attention to a subject may mean that the service point works well there or that other subjects need more attention.");

    private static QuestionOption[] MarketPlanTopics =>
    [
        O("beschrijving", "Beschrijving van de doelgroep van arbeidsbeperkte werkzoekenden", "Description of the target group of job seekers with a work limitation"),
        O("mogelijkheden", "De mogelijkheden voor de doelgroep van arbeidsbeperkte werkzoekenden", "The opportunities for that target group"),
        O("bedrijven", "De analyse van bedrijven waar mogelijkheden bestaan voor de doelgroep", "The analysis of companies with opportunities for the target group"),
        O("afspraken", "De afspraken over de wijze van aanlevering en bemiddeling van arbeidsbeperkte werkzoekenden", "The agreements on how such job seekers are put forward and placed"),
        Other("anders", "Anders, namelijk …", "Other, namely …"),
    ];

    public static Questionnaire Create() => new()
    {
        Title = new("Vragenlijst werkgeversdienstverlening regionale werkgeversservicepunten", "Questionnaire on the employer services of the regional employer service points"),
        Audience = SurveyAudience.Regions,
        Intro = new(
            "Deze vragenlijst gaat onder meer in op de bestuurlijke en operationele aansturing van het werkgeversservicepunt, de samenwerking binnen het werkgeversservicepunt en met andere partijen, het dienstenaanbod, instrumenten en voorzieningen, de SUWI-eisen die sinds 2021 gelden en de gevolgen van de coronapandemie. Waar ‘werkgeversservicepunt’ staat, kunt u bij meer dan één punt in uw regio ‘werkgeversservicepunten’ lezen.",
            "This questionnaire covers the governance and management of the employer service point, cooperation within it and with other parties, its services, instruments and provisions, the SUWI requirements in force since 2021 and the effects of the pandemic. Where it says ‘service point’, read ‘service points’ if your region has more than one."),
        Closing = new("Wij danken u heel hartelijk voor het invullen van de vragenlijst.", "Thank you very much for completing the questionnaire."),
        Questions =
        [
            Q(Single("V1", null, "Werken gemeenten en UWV in de arbeidsmarktregio in het kader van de werkgeversdienstverlening samen in één of meer werkgeversservicepunten?", "Do the municipalities and UWV in the region work together on employer services in one or more employer service points?", Yes, No) with
            {
                Required = true,
                Section = new("A Regionale samenwerking in het werkgeversservicepunt", "A Regional cooperation in the employer service point"),
            }, "1"),
            Q(Single("V2", Joint, "Zijn alle gemeenten in de arbeidsmarktregio bij deze samenwerking in het (de) werkgeversservicepunt(en) betrokken?", "Are all municipalities of the region involved in this cooperation?", Yes, No), "2"),
            Q(Single(
                "V3", Joint, "Wordt de werkgeversdienstverlening aangeboden vanuit één werkgeversservicepunt of vanuit meerdere (subregionale) werkgeversservicepunten?", "Are employer services offered from one service point or from several (subregional) ones?",
                O("een", "Vanuit één werkgeversservicepunt voor de gehele arbeidsmarktregio", "From one service point for the whole region"),
                O("meerdere", "Vanuit meerdere (subregionale) werkgeversservicepunten", "From several (subregional) service points"),
                O("beide", "Vanuit zowel één centraal werkgeversservicepunt als meerdere (subregionale) werkgeversservicepunten", "From both one central and several (subregional) service points"),
                Other("anders", "Anders, namelijk …", "Other, namely …")), "3"),
            Q(Single(
                "V4", Joint, "Maken naast gemeenten en UWV andere partijen organisatorisch deel uit van het werkgeversservicepunt in de arbeidsmarktregio?", "Besides the municipalities and UWV, are other parties part of the organisation of the employer service point?",
                Yes, O("deels", "Bij een deel van de werkgeversservicepunten wel en bij een deel niet", "At some service points, not at others"), No) with
            {
                Help = new("Het gaat om partijen die samen met gemeenten en UWV het werkgeversservicepunt vormen, niet om partijen waarmee het werkgeversservicepunt samenwerkt.", "Parties that form the service point with the municipalities and UWV, not parties it works with."),
            }, "4"),
            Q(Multiple(
                "V5", "V4 = ja | V4 = deels", "Welke partijen maken naast gemeenten en UWV organisatorisch deel uit van het werkgeversservicepunt? (meerdere antwoorden mogelijk)", "Which parties besides the municipalities and UWV are part of the service point's organisation? (several answers possible)",
                O("lob", "Leer- en ontwikkelbedrijven / Sw-bedrijven", "Learning and development companies / sheltered-work companies"),
                O("leerwerkloket", "Leerwerkloket", "Learning-work desk"),
                O("onderwijs", "(Andere) onderwijsinstellingen", "(Other) educational institutions"),
                O("private", "Private arbeidsbemiddelaars", "Private employment agencies"),
                Other("anders", "Anders, namelijk …", "Other, namely …")), "5"),
            Q(Single(
                "V6", Joint, "Hoe is de werkgeversdienstverlening in het werkgeversservicepunt bestuurlijk verankerd?", "How are the service point's employer services anchored in governance?",
                O("rwb", "In het Regionaal Werkbedrijf", "In the Regional Work Company"),
                O("portefeuillehouders", "In het regionaal portefeuillehoudersoverleg", "In the regional meeting of portfolio holders"),
                Other("anders", "Anders, namelijk …", "Other, namely …")) with
            {
                Section = new("B Bestuurlijke verankering van de werkgeversdienstverlening", "B Governance of the employer services"),
            }, "6"),
            Q(Multiple(
                "V7", Joint, "Wie hebben zitting in dit orgaan? (meerdere antwoorden mogelijk)", "Who sits on this body? (several answers possible)",
                O("wethouders", "De gemeentelijke portefeuillehouders", "The municipal portfolio holders"),
                O("uwv", "UWV", "UWV"),
                O("lob", "Leer- en ontwikkelbedrijven / Sw-bedrijven", "Learning and development companies / sheltered-work companies"),
                O("werkgevers", "Werkgeversorganisatie(s)", "Employers' organisation(s)"),
                O("werknemers", "Werknemersorganisatie(s)", "Employees' organisation(s)"),
                O("leerwerkloket", "Leerwerkloket", "Learning-work desk"),
                O("onderwijs", "(Andere) onderwijsinstellingen", "(Other) educational institutions"),
                O("provincie", "Provincie", "Province"),
                O("private", "Private arbeidsbemiddelaars", "Private employment agencies"),
                Other("anders", "Anders, namelijk …", "Other, namely …")), "7"),
            Q(Grid(
                "V8", Joint, "Hoe groot is de bestuurlijke aandacht voor de volgende onderwerpen van de werkgeversdienstverlening? (1 = geen aandacht, 5 = zeer veel aandacht)", "How much attention do the governors give the following subjects? (1 = none, 5 = very much)",
                [
                    O("uitvoeringsplan", "Het opstellen van het uitvoeringsplan", "Drawing up the execution plan"),
                    O("mbp-opstellen", "Het opstellen of actualiseren van het marktbewerkingsplan", "Drawing up or updating the market plan"),
                    O("mbp-evalueren", "Het evalueren van het marktbewerkingsplan", "Evaluating the market plan"),
                    O("uniform-dienstverlening", "Het uniformeren van de wijze waarop de dienstverlening aan werkgevers plaatsvindt", "Making the way employers are served uniform"),
                    O("uniform-instrumenten", "Het uniformeren van instrumenten en voorzieningen voor werkgevers", "Making instruments and provisions for employers uniform"),
                    O("zichtbaar-aanbod", "Het beter zichtbaar maken van het gezamenlijke aanbod van werkzoekenden", "Making the joint supply of job seekers more visible"),
                    O("zichtbaar-vacatures", "Het beter zichtbaar maken van de gezamenlijke vacatures", "Making the joint vacancies more visible"),
                    O("matching", "Verbetering van de matching", "Improving matching"),
                    O("elkaars", "Het bemiddelen van elkaars werkzoekenden", "Placing each other's job seekers"),
                    O("werkfit", "Het opleiden en werkfit maken van werkzoekenden", "Training job seekers and making them work-ready"),
                    O("functiecreatie", "Functiecreatie (jobcarving, inclusieve arbeidsorganisatie) voor werkzoekenden met een arbeidsbeperking", "Job creation (job carving, inclusive work design) for job seekers with a work limitation"),
                    O("samenwerking", "De onderlinge samenwerking tussen gemeenten en UWV (en eventuele andere partners)", "Cooperation between the municipalities and UWV (and other partners)"),
                    O("werkzoekenden", "De samenwerking met de werkzoekendendienstverlening / aanbodversterking", "Cooperation with the services for job seekers"),
                    O("scholing", "De samenwerking met scholing", "Cooperation with education"),
                    O("digitaliseren", "Het digitaliseren van de werkgeversdienstverlening", "Digitising the employer services"),
                    O("faciliteren", "Het faciliteren van de werkgeversdienstverlening", "Facilitating the employer services"),
                    O("profilering", "De externe profilering als één werkgeversservicepunt", "Presenting the region as one employer service point"),
                ],
                Attention) with { Help = NotRightOrWrong }, "8"),
            Q(NoOrNamely("V9", "Ontbreken in het overzicht van de vorige vraag belangrijke bestuurlijke aandachtspunten?", "Are important governance subjects missing from the previous list?"), "9"),
            Q(Single(
                "V10", Joint, "Voert de centrumgemeente of een andere gemeente de regie over de werkgeversdienstverlening in het werkgeversservicepunt?", "Does the central municipality or another municipality direct the employer services?",
                O("centrum", "De centrumgemeente", "The central municipality"),
                Other("andere", "Een andere gemeente, namelijk …", "Another municipality, namely …"),
                Other("anders", "Anders, namelijk …", "Other, namely …")), "10"),
            Q(Single(
                "V11", Joint, "Beschikt uw arbeidsmarktregio al over een vastgesteld uitvoeringsplan voor de werkgeversdienstverlening (Besluit SUWI, sinds 1 januari 2021 jaarlijks)?", "Does your region have an adopted execution plan for employer services (SUWI Decree, yearly since 1 January 2021)?",
                Yes,
                O("gereed", "Nee, maar het plan is gereed om te worden vastgesteld", "No, but the plan is ready to be adopted"),
                O("inmaak", "Nee, maar het plan is in de maak", "No, but the plan is being made"),
                O("niet", "Nee, zo’n plan is nog niet in de maak", "No, such a plan is not being made yet")) with
            {
                Required = true,
                Section = new("C Uitvoerings- en marktbewerkingsplan", "C Execution plan and market plan"),
            }, "11"),
            Q(Single("V12", "V11 != niet", "Is voorzien in jaarlijkse evaluatie van het uitvoeringsplan?", "Is a yearly evaluation of the execution plan planned?", Yes, No, O("onbekend", "Dat is nog niet bekend", "Not known yet")), "12"),
            Q(Single(
                "V13", Joint, "Heeft de arbeidsmarktregio een marktbewerkingsplan (of plannen die daarvoor in de plaats komen, zoals brancheplannen)?", "Does the region have a market plan (or plans that take its place, such as sector plans)?",
                O("een", "Ja, één marktbewerkingsplan voor de gehele regio", "Yes, one market plan for the whole region"),
                O("subregio", "Ja, afzonderlijke marktbewerkingsplannen voor de subregio’s", "Yes, separate market plans for the subregions"),
                No) with { Required = true }, "13"),
            Q(Single(
                "V14", "V13 = een", "Is het marktbewerkingsplan wel eens geactualiseerd?", "Has the market plan ever been updated?",
                O("regelmatig", "Ja, dat gebeurt op regelmatige basis", "Yes, regularly"),
                O("behoefte", "Ja, wanneer daar behoefte aan is", "Yes, when needed"),
                O("niet", "Nee, tot nu toe is ons marktbewerkingsplan niet geactualiseerd", "No, it has not been updated so far")), "14"),
            Q(Single(
                "V15", "V13 = subregio", "Zijn de marktbewerkingsplannen wel eens geactualiseerd?", "Have the market plans ever been updated?",
                O("regelmatig", "Ja, in alle subregio’s tegelijkertijd op regelmatige basis", "Yes, in all subregions at once, regularly"),
                O("behoefte", "Ja, in alle subregio’s tegelijkertijd wanneer daar behoefte aan is", "Yes, in all subregions at once, when needed"),
                O("verschilt", "Ja, maar dat verschilt per subregio", "Yes, but it differs per subregion"),
                O("niet", "Nee, tot nu toe is geen van de subregionale plannen geactualiseerd", "No, none has been updated so far")), "15"),
            Q(Multiple("V16a", "V14 != niet", "Op welke onderwerpen is het huidige marktbewerkingsplan geactualiseerd ten opzichte van zijn voorganger? (meerdere antwoorden mogelijk)", "On which subjects was the current market plan updated compared with its predecessor? (several answers possible)", MarketPlanTopics), "16a"),
            Q(Multiple("V16b", "V15 != niet", "Op welke onderwerpen zijn de huidige marktbewerkingsplannen geactualiseerd ten opzichte van hun voorgangers? (meerdere antwoorden mogelijk)", "On which subjects were the current market plans updated compared with their predecessors? (several answers possible)", MarketPlanTopics), "16b"),
            Q(Single(
                "V17", "V13 = een | V13 = subregio", "Van welk jaar is het huidige marktbewerkingsplan of de actualisatie daarvan? (bij meerdere plannen: het meest recent geactualiseerde)", "From which year is the current market plan or its update? (with several plans: the most recently updated)",
                O("2015", "2015 of eerder", "2015 or earlier"), O("2016", "2016", "2016"), O("2017", "2017", "2017"), O("2018", "2018", "2018"), O("2019", "2019", "2019"), O("2020", "2020", "2020"), O("2021", "2021", "2021")), "17"),
            Q(Single(
                "V18", "V11 != niet & V13 != nee", "Sinds 2021 kent het SUWI-stelsel zowel het marktbewerkingsplan als het uitvoeringsplan. Laat de arbeidsmarktregio beide plannen naast elkaar bestaan of voegt de regio ze samen?", "Since 2021 the SUWI system has both the market plan and the execution plan. Does the region keep both or merge them?",
                O("naast", "Onze arbeidsmarktregio laat beide plannen naast elkaar bestaan", "Our region keeps both plans"),
                O("samen", "Onze arbeidsmarktregio voegt beide plannen samen", "Our region merges both plans"),
                O("onbekend", "Dat is nog niet bekend", "Not known yet")), "18"),
            Q(Single(
                "V19", Joint, "Ligt aan de werkgeversdienstverlening in het werkgeversservicepunt een analyse van de regionale arbeidsmarkt ten grondslag?", "Are the employer services based on an analysis of the regional labour market?",
                Yes, O("bezig", "Nee, maar we zijn bezig de dienstverlening meer op zo’n analyse te baseren", "No, but we are working on basing them more on one"), No) with
            {
                Required = true,
                Section = new("D Analyse regionale arbeidsmarkt", "D Analysis of the regional labour market"),
            }, "19"),
            Q(Multiple(
                "V20", "V19 != nee", "Waarop wordt deze analyse van de regionale arbeidsmarkt gebaseerd? (meerdere antwoorden mogelijk)", "What is this analysis based on? (several answers possible)",
                O("regioinbeeld", "De jaarlijkse UWV-publicatie Regio in Beeld", "UWV's yearly publication Regio in Beeld"),
                O("factsheets", "De kwartaalgewijze UWV-factsheets over de Banenafspraak", "UWV's quarterly factsheets on the Jobs Agreement"),
                O("werkgevers", "Inbreng van werkgeversorganisatie(s)", "Input from employers' organisations"),
                O("werknemers", "Inbreng van werknemersorganisatie(s)", "Input from employees' organisations"),
                O("gesprekken", "Informatie uit gesprekken met werkgevers", "Information from talks with employers"),
                O("eigenonderzoek", "Arbeidsmarktonderzoek door of in opdracht van ons", "Labour-market research by or for us"),
                O("derden", "Arbeidsmarktonderzoek van derden", "Labour-market research by others"),
                Other("anders", "Anders, namelijk …", "Other, namely …")), "20"),
            Q(Single("V21", Joint, "Registreert het werkgeversservicepunt welke werkgevers geïnteresseerd zijn in het in dienst nemen of hebben van mensen met een arbeidsbeperking (inclusieve werkgevers)?", "Does the service point record which employers are interested in employing people with a work limitation (inclusive employers)?", Yes, No) with { Required = true }, "21"),
            Q(Single("V22", "V21 = ja", "Is deze registratie toegankelijk voor alle in het werkgeversservicepunt werkzame werkgeversadviseurs?", "Is this record open to all employer advisers of the service point?", Yes, No), "22"),
            Q(Single("V23", Joint, "Hoe beoordeelt u de samenwerking van de partijen binnen het werkgeversservicepunt?", "How do you judge cooperation between the parties within the service point?", Judgement(dontKnow: true)) with
            {
                Section = new("E In- en externe samenwerking", "E Internal and external cooperation"),
                Help = new("Het gaat om de partijen die samen het werkgeversservicepunt vormen, niet om de samenwerking met andere partijen.", "The parties that form the service point, not cooperation with other parties."),
            }, "23"),
            Q(Single(
                "V24", Joint, "Hoe beoordeelt u deze samenwerking ten opzichte van vijf jaar geleden?", "How do you judge this cooperation compared with five years ago?",
                O("1", "Sterk verslechterd", "Much worse"), O("2", "Verslechterd", "Worse"), O("3", "Gelijk gebleven", "The same"), O("4", "Verbeterd", "Better"), O("5", "Sterk verbeterd", "Much better"), DontKnow), "24"),
            Q(OpenOrDontKnow("V25", Joint, "Wat zijn sterke punten van de samenwerking van partijen binnen het werkgeversservicepunt?", "What are the strengths of cooperation within the service point?"), "25"),
            Q(OpenOrDontKnow("V26", Joint, "Wat zou verbeterd kunnen of moeten worden in de samenwerking van partijen binnen het werkgeversservicepunt?", "What could or should be improved in cooperation within the service point?"), "26"),
            Q(Grid(
                "V27", Joint, "In welke mate werkt het werkgeversservicepunt samen met andere externe partijen (die organisatorisch niet tot het werkgeversservicepunt behoren)?", "How much does the service point cooperate with external parties (not part of its organisation)?",
                [
                    new("lob", new("Leer- en ontwikkelbedrijven / Sw-bedrijven", "Learning and development companies / sheltered-work companies"), Condition: "!(V5 = lob)"),
                    new("leerwerkloket", new("Leerwerkloket", "Learning-work desk"), Condition: "!(V5 = leerwerkloket)"),
                    O("onderwijs", "Onderwijs- en scholingsinstellingen (anders dan de voorgaande)", "Education and training institutions (other than the above)"),
                    O("sbb", "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)", "SBB (vocational education and business)"),
                    O("wzd-gemeenten", "Werkzoekendendienstverlening gemeenten", "Municipal services for job seekers"),
                    O("wzd-uwv", "Werkzoekendendienstverlening UWV", "UWV services for job seekers"),
                    O("economie", "(Gemeentelijk) domein economie", "(Municipal) economic affairs"),
                    O("lsg", "Landelijk schakelpunt gemeenten", "National liaison point of the municipalities"),
                    O("lwsp-uwv", "Landelijk werkgeversservicepunt UWV", "UWV national employer service point"),
                    O("werkgevers", "Werkgeversorganisatie(s)", "Employers' organisation(s)"),
                    O("werknemers", "Werknemersorganisatie(s)", "Employees' organisation(s)"),
                    O("private", "Private arbeidsbemiddelaars", "Private employment agencies"),
                ],
                [O("1", "Geen samenwerking", "No cooperation"), O("2", "Enige samenwerking", "Some cooperation"), O("3", "Intensieve samenwerking", "Intensive cooperation"), O("4", "Weet niet", "Don't know")]), "27"),
            Q(NoOrNamely("V28", "Ontbreken in het overzicht van de vorige vraag partijen waarmee het werkgeversservicepunt samenwerkt?", "Are parties the service point works with missing from the previous list?"), "28"),
            Q(OpenOrDontKnow("V29", "V1 = ja & !(V27.* = 1 & V28 = nee)", "Wat zijn sterke punten van de samenwerking van het werkgeversservicepunt met de externe partners die u hierboven hebt aangegeven?", "What are the strengths of cooperation with the external partners you named above?"), "29"),
            Q(OpenOrDontKnow("V30", "V1 = ja & !(V27.* = 1 & V28 = nee)", "Wat zou verbeterd kunnen of moeten worden in de samenwerking met deze externe partners?", "What could or should be improved in cooperation with these external partners?"), "30"),
            Q(NoOrNamely("V31", "Is er vanuit het werkgeversservicepunt behoefte aan samenwerking met partijen waarmee tot nu toe niet wordt samengewerkt?", "Does the service point want to cooperate with parties it does not work with yet?", "Ja, met …", "Yes, with …"), "31"),
            Q(Single(
                "V32", Joint, "Hoe is de operationele aansturing van het werkgeversservicepunt vormgegeven?", "How is the service point managed day to day?",
                O("gezamenlijk", "Een gezamenlijk managementteam van managers van gemeente(n) en UWV (en eventuele andere partners) stuurt de werkgeversdienstverlening aan", "A joint management team of managers from the municipalities and UWV (and other partners)"),
                O("eigen", "De medewerkers van gemeenten en UWV worden aangestuurd door managers van de eigen organisatie", "Staff are managed by managers of their own organisation"),
                Other("anders", "Anders, namelijk …", "Other, namely …")) with
            {
                Section = new("F Operationele aansturing", "F Operational management"),
            }, "32"),
            Q(Grid(
                "V33", Joint, "Hoeveel aandacht heeft het operationeel management van het werkgeversservicepunt voor de volgende onderwerpen? (1 = geen aandacht, 5 = zeer veel aandacht)", "How much attention does the service point's management give the following subjects? (1 = none, 5 = very much)",
                [
                    O("team", "Het bouwen aan of in stand houden van één gezamenlijk team van medewerkers", "Building or keeping one joint team"),
                    O("identiteit", "Het creëren van één gemeenschappelijke identiteit richting werkgevers", "Creating one identity towards employers"),
                    O("bestaand", "Het onderhouden van bestaande contacten met werkgevers", "Keeping existing employer contacts"),
                    O("nieuw", "Het leggen van nieuwe werkgeverscontacten", "Making new employer contacts"),
                    O("werkprocessen", "Het uniformeren van de werkprocessen voor alle medewerkers", "Making work processes uniform"),
                    O("elkaars", "Het matchen van elkaars kandidaten, ongeacht bij welke organisatie ze zijn ingeschreven", "Matching each other's candidates, whichever organisation they are registered with"),
                    O("zichtbaar-aanbod", "Het beter zichtbaar maken van het gezamenlijke aanbod van werkzoekenden", "Making the joint supply of job seekers more visible"),
                    O("functiecreatie", "Functiecreatie (jobcarving, inclusieve arbeidsorganisatie) voor werkzoekenden met een arbeidsbeperking", "Job creation for job seekers with a work limitation"),
                    O("zichtbaar-vacatures", "Het beter zichtbaar maken van de gezamenlijke vacatures", "Making the joint vacancies more visible"),
                    O("scholingsbehoeften", "Het in beeld brengen van de regionale scholingsbehoeften", "Mapping the regional training needs"),
                    O("voorlichting", "Het geven van voorlichting over elkaars instrumenten en voorzieningen", "Informing each other about instruments and provisions"),
                    O("matching", "Het verbeteren van de matching", "Improving matching"),
                    O("belangen", "Het voorkomen of oplossen van belangenconflicten tussen de partners", "Preventing or solving conflicts of interest between partners"),
                    O("afspraken", "Het uitvoeren van bestuurlijk gemaakte regionale afspraken", "Carrying out the regional agreements of the governors"),
                    O("deskundigheid", "Het bevorderen van de deskundigheid van de medewerkers", "Developing staff expertise"),
                    O("doelen", "Het realiseren van de gestelde doelen (marktbewerkingsplan, uitvoeringsplan, Perspectief op werk en dergelijke)", "Reaching the goals set (market plan, execution plan, Perspectief op werk and the like)"),
                    O("monitoring", "Monitoring en evaluatie van de mate waarin gestelde doelen worden bereikt", "Monitoring and evaluating how far goals are reached"),
                    O("werkzoekenden", "De samenwerking met de aanbodversterking / werkzoekendendienstverlening", "Cooperation with the services for job seekers"),
                    O("scholing", "De samenwerking met scholingsinstellingen", "Cooperation with training institutions"),
                ],
                Attention) with { Help = NotRightOrWrong }, "33"),
            Q(NoOrNamely("V34", "Ontbreken in het overzicht van de vorige vraag belangrijke aandachtspunten van het operationeel management?", "Are important subjects of the management missing from the previous list?"), "34"),
            Q(Single(
                "V35", Joint, "Beschikt de arbeidsmarktregio over één regionaal aanspreekpunt voor werkgevers met een naam die de term ‘werkgeversservicepunt’ en de naam van de regio bevat?", "Does the region have one contact point for employers whose name holds ‘werkgeversservicepunt’ and the region's name?",
                Yes,
                O("bezig", "Nee, maar we zijn bezig zo’n aanspreekpunt in te richten", "No, but we are setting one up"),
                O("termijn", "Nee, maar we zijn dat op termijn wel van plan", "No, but we plan to in time"),
                O("niet", "Nee, en we zijn ook niet van plan aan de eis te voldoen", "No, and we do not plan to meet the requirement")) with
            {
                Section = new("G Vindbaarheid, bereikbaarheid en toegankelijkheid", "G Findability, reachability and accessibility"),
            }, "35"),
            Q(Single("V36", Joint, "Is er één regionaal telefoonnummer waarop werkgevers het werkgeversservicepunt kunnen bereiken?", "Is there one regional phone number for employers?", Plans("één regionaal telefoonnummer", "one regional phone number")), "36"),
            Q(Single("V37", Joint, "Is er één regionaal e-mailadres waarop werkgevers het werkgeversservicepunt kunnen bereiken?", "Is there one regional e-mail address for employers?", Plans("één regionaal e-mailadres", "one regional e-mail address")), "37"),
            Q(Single("V38", Joint, "Kunnen werkgevers voor informatie over het werkgeversservicepunt terecht op één regionale website?", "Can employers find information on one regional website?", Plans("één regionale website", "one regional website")), "38"),
            Q(Single(
                "V39", Joint, "Heeft of krijgt iedere klantwerkgever een vaste contactpersoon (accountmanager, werkgeversadviseur) binnen het werkgeversservicepunt?", "Does every client employer have a fixed contact person (account manager, adviser) at the service point?",
                No,
                O("een", "Ja, één contactpersoon namens zowel de gemeenten als UWV", "Yes, one for both the municipalities and UWV"),
                O("twee", "Ja, één contactpersoon namens de gemeenten en één namens UWV", "Yes, one for the municipalities and one for UWV"),
                Other("anders", "Ja, anders, namelijk …", "Yes, otherwise, namely …")), "39"),
            Q(Single(
                "V40", Joint, "Hebben de gemeenten in de arbeidsmarktregio hun instrumenten en voorzieningen voor werkgevers onderling geharmoniseerd?", "Have the municipalities of the region harmonised their instruments and provisions for employers?",
                O("alle-alles", "Ja, alle gemeenten hebben al hun instrumenten en voorzieningen geharmoniseerd", "Yes, all municipalities, all instruments"),
                O("deel-alles", "Ja, een deel van de gemeenten heeft al zijn instrumenten en voorzieningen geharmoniseerd", "Yes, some municipalities, all instruments"),
                O("alle-deel", "Ja, alle gemeenten hebben een deel van hun instrumenten en voorzieningen geharmoniseerd", "Yes, all municipalities, some instruments"),
                O("deel-deel", "Ja, een deel van de gemeenten heeft een deel van zijn instrumenten en voorzieningen geharmoniseerd", "Yes, some municipalities, some instruments"),
                No) with
            {
                Required = true,
                Section = new("H Instrumenten en voorzieningen", "H Instruments and provisions"),
            }, "40"),
            Q(OpenOrDontKnow("V41", "V40 != nee", "Op welke wijze hebben gemeenten hun instrumenten en voorzieningen geharmoniseerd?", "How have the municipalities harmonised their instruments and provisions?"), "41"),
            Q(Single("V42", Joint, "Hebben gemeenten en UWV hun instrumenten en voorzieningen op enigerlei wijze geharmoniseerd, zodat werkgevers een zo transparant en uniform mogelijk aanbod krijgen?", "Have the municipalities and UWV harmonised their instruments in any way, so employers get an offer as transparent and uniform as possible?", Yes, No) with { Required = true }, "42"),
            Q(OpenOrDontKnow("V43", "V42 = ja", "Op welke wijze hebben gemeenten en UWV hun instrumenten en voorzieningen geharmoniseerd?", "How have the municipalities and UWV harmonised their instruments and provisions?"), "43"),
            Q(Grid(
                "V44", Joint, "In hoeverre krijgen de volgende diensten prioriteit binnen het werkgeversservicepunt? (1 = geen prioriteit, 5 = zeer veel prioriteit)", "How much priority do the following services get? (1 = none, 5 = very much)",
                [
                    O("selecteren", "Matching: het zoeken, selecteren en verwijzen van kandidaten voor vacatures", "Matching: finding, selecting and referring candidates"),
                    O("vacatures-tonen", "Matching: werkgevers hun vacatures onder de aandacht van onze werkzoekenden laten brengen", "Matching: letting employers show their vacancies to our job seekers"),
                    O("zelf-zoeken", "Matching: werkgevers zelf laten zoeken in ons aanbod van werkzoekenden", "Matching: letting employers search our supply themselves"),
                    O("bijeenkomsten", "Matching: bijeenkomsten waar werkgevers en werkzoekenden elkaar ontmoeten (banenmarkten, meet & greets)", "Matching: events where employers and job seekers meet (job fairs, meet & greets)"),
                    O("vl-aanbod", "Voorlichting over ons aanbod van werkzoekenden", "Information on our supply of job seekers"),
                    O("vl-instrumenten", "Voorlichting over instrumenten en voorzieningen voor werknemers met een afstand tot de arbeidsmarkt", "Information on instruments for employees at a distance from the labour market"),
                    O("vl-wetgeving", "Voorlichting over wet- en regelgeving", "Information on laws and rules"),
                    O("vl-arbeidsmarkt", "Informatie over ontwikkelingen op de regionale arbeidsmarkt", "Information on the regional labour market"),
                    O("vl-scholing", "Voorlichting over scholing en duurzame inzetbaarheid", "Information on training and sustainable employability"),
                    O("vl-sroi", "Voorlichting over social return on investment (SROI)", "Information on social return (SROI)"),
                    O("vl-corona", "Voorlichting over steunmaatregelen in verband met de coronacrisis", "Information on pandemic support measures"),
                    O("adv-functiecreatie", "Advies op maat over werk zo organiseren dat er werkplekken ontstaan voor werknemers met een arbeidsbeperking", "Tailored advice on organising work to create places for employees with a work limitation"),
                    O("adv-werkplek", "Advies op maat over werkplekaanpassing", "Tailored advice on workplace adaptation"),
                    O("adv-instrumenten", "Advies op maat over specifieke instrumenten bij een specifieke werknemer", "Tailored advice on instruments for a specific employee"),
                    O("adv-scholing", "Advies op maat over scholing en duurzame inzetbaarheid", "Tailored advice on training and sustainable employability"),
                    O("adv-sroi", "Advies op maat over het voldoen aan social return on investment", "Tailored advice on meeting social return"),
                    O("adv-corona", "Advies op maat over steunmaatregelen in verband met de coronacrisis", "Tailored advice on pandemic support measures"),
                ],
                FivePoints("Geen prioriteit", "No priority", "Weinig prioriteit", "Little priority", "Niet weinig, niet veel prioriteit", "Neither", "Veel prioriteit", "Much priority", "Zeer veel prioriteit", "Very much priority", "Weet niet", "Don't know")) with
            {
                Section = new("I Aanbod van diensten en dienstverleningsprocessen", "I Services and service processes"),
                Help = new("Het gaat hier niet om ‘goed’ of ‘fout’: weinig prioriteit voor een dienst kan een bewuste keuze zijn.", "This is not about right or wrong: little priority for a service may be a deliberate choice."),
            }, "44"),
            Q(NoOrNamely("V45", "Ontbreken in het overzicht van de vorige vraag diensten waaraan het werkgeversservicepunt prioriteit geeft?", "Are services the service point gives priority to missing from the previous list?"), "45"),
            Q(Single(
                "V46", Joint, "Hanteren de samenwerkende partijen binnen het werkgeversservicepunt uniforme werkprocessen?", "Do the parties in the service point use uniform work processes?",
                O("ja", "Ja, partijen werken volgens dezelfde werkprocessen", "Yes, the same processes"),
                O("deels", "Ja, partijen werken gedeeltelijk volgens dezelfde werkprocessen", "Yes, partly the same processes"),
                No), "46"),
            Q(Single(
                "V47", Joint, "Zijn voor het werkgeversservicepunt vooraf te behalen doelstellingen geformuleerd?", "Have goals been set in advance for the service point?",
                O("alle", "Ja, voor alle diensten", "Yes, for all services"), O("deel", "Ja, voor een deel van de diensten", "Yes, for some services"), No) with { Required = true }, "47"),
            Q(Single("V48", "V47 != nee", "Gaat het om gezamenlijke doelstellingen van de samenwerkende partijen?", "Are they joint goals of the cooperating parties?", Yes, O("deels", "Ja, deels", "Partly"), No), "48"),
            Q(OpenOrDontKnow("V49", "V47 = nee | V48 = nee", "Waarom hebben de samenwerkende partijen geen gezamenlijke doelen geformuleerd?", "Why have the parties not set joint goals?"), "49"),
            Q(Multiple(
                "V50", Joint, "Hanteert het werkgeversservicepunt reactietermijnen voor vragen of vacaturemeldingen van werkgevers? (meerdere antwoorden mogelijk)", "Does the service point use reaction terms for employers' questions or vacancies? (several answers possible)",
                Only("nee", "Nee", "No"),
                O("vragen", "Ja, voor het beantwoorden van vragen", "Yes, for answering questions"),
                O("vacatures", "Ja, voor het reageren op vacaturemeldingen", "Yes, for responding to vacancies"),
                Other("anders", "Ja, anders, namelijk …", "Yes, otherwise, namely …")) with { Required = true }, "50"),
            Q(Single("V51", "V50 != nee", "Hanteren de samenwerkende partijen dezelfde reactietermijnen?", "Do the parties use the same reaction terms?", Yes, O("deels", "Deels wel, deels niet", "Partly"), No), "51"),
            Q(OpenOrDontKnow("V52", "V51 = deels | V51 = nee", "Waarin verschillen de reactietermijnen van de samenwerkende partijen van elkaar?", "How do the parties' reaction terms differ?"), "52"),
            Q(NoOrNamely(
                "V53",
                "Geeft het werkgeversservicepunt prioriteit aan het aan het werk helpen van één of meer doelgroepen (werkzoekenden met een arbeidsbeperking, met een WW-uitkering, met een bijstandsuitkering, niet-uitkeringsgerechtigden)?",
                "Does the service point give priority to one or more target groups (job seekers with a work limitation, on WW, on social assistance, without benefits)?",
                "Ja, aan de volgende groep(en): …",
                "Yes, to the following group(s): …") with
            {
                Section = new("J Matching van vacatures en werkzoekenden", "J Matching vacancies and job seekers"),
            }, "53"),
            Q(Single(
                "V54", Joint, "Put iedere werkgeversadviseur voor het voordragen van kandidaten uit zowel werkzoekenden van gemeenten als van UWV?", "Does every adviser draw candidates from both the municipalities' and UWV's job seekers?",
                Yes,
                O("eigen", "Nee, gemeentelijke adviseurs zoeken in het gemeentelijke aanbod en UWV-adviseurs in het UWV-aanbod", "No, each searches its own organisation's supply"),
                Other("anders", "Nee, anders, namelijk …", "No, otherwise, namely …")) with { Required = true }, "54"),
            Q(Single(
                "V55", "V54 != ja", "Put een gemeentelijke adviseur voor het voordragen van kandidaten uit het werkzoekendenaanbod van alle gemeenten?", "Does a municipal adviser draw candidates from all municipalities' supply?",
                Yes,
                O("eigen", "Nee, de gemeentelijke adviseurs zoeken in het aanbod van de eigen gemeente of een deel van de gemeenten", "No, from their own municipality or some municipalities"),
                Other("anders", "Nee, anders, namelijk …", "No, otherwise, namely …")), "55"),
            Q(Single("V56", Joint, "Hebben de werkgeversadviseurs van gemeenten en UWV toegang tot elkaars vacatures?", "Do the advisers of the municipalities and UWV have access to each other's vacancies?", Yes, No), "56"),
            Q(Grid(
                "V57", Joint, "In hoeverre bent u het eens met de volgende stellingen over het werkzoekendenaanbod?", "How far do you agree with the following statements on the supply of job seekers?",
                [
                    O("aantal", "Het aantal ingeschreven werkzoekenden schiet tekort om aan de vraag van werkgevers te voldoen", "There are too few registered job seekers to meet employers' demand"),
                    O("werkfit", "Er zijn te weinig ingeschreven werkzoekenden die werkfit zijn", "Too few registered job seekers are work-ready"),
                    O("kwalificaties", "Er zijn te weinig ingeschreven werkzoekenden met de gevraagde beroepskwalificaties", "Too few have the required qualifications"),
                    O("traject-werkfit", "Het traject tot een werkzoekende werkfit is, duurt lang", "Becoming work-ready takes long"),
                    O("traject-kwalificaties", "Het traject tot een werkzoekende aan de vereiste beroepskwalificaties voldoet, duurt lang", "Reaching the required qualifications takes long"),
                    O("vraaggericht", "De werkzoekendendienstverlening is onvoldoende gericht op de vraag van werkgevers", "The services for job seekers are not aimed enough at employers' demand"),
                ],
                Agreement), "57"),
            Q(Single("V58", Joint, "Hoe beoordeelt u de samenwerking tussen het werkgeversservicepunt en de werkzoekendendienstverlening / aanbodversterking?", "How do you judge cooperation between the service point and the services for job seekers?", Judgement(dontKnow: false)), "58"),
            Q(OpenOrDontKnow("V59", Joint, "Wat zijn sterke punten in de samenwerking tussen het werkgeversservicepunt en de werkzoekendendienstverlening?", "What are the strengths of that cooperation?"), "59"),
            Q(OpenOrDontKnow("V60", Joint, "Wat zou verbeterd kunnen of moeten worden in de samenwerking tussen het werkgeversservicepunt en de werkzoekendendienstverlening?", "What could or should be improved in that cooperation?"), "60"),
            Q(Single("V61", Joint, "Vindt overleg met de werkgever plaats wanneer een voorgedragen kandidaat is afgewezen?", "Is the employer consulted when a candidate put forward is rejected?", Frequency), "61"),
            Q(Single("V62", Joint, "Vindt overleg met de werkgever plaats wanneer een voorgedragen kandidaat is aangenomen?", "Is the employer consulted when a candidate put forward is hired?", Frequency), "62"),
            Q(Single("V63", Joint, "Vindt overleg met de werkzoekendendienstverlening plaats wanneer een voorgedragen kandidaat is afgewezen?", "Are the services for job seekers consulted when a candidate is rejected?", Frequency), "63"),
            Q(Single("V64", Joint, "Vindt overleg met de werkzoekendendienstverlening plaats wanneer een voorgedragen kandidaat is aangenomen?", "Are the services for job seekers consulted when a candidate is hired?", Frequency), "64"),
            Q(Single(
                "V65", Joint, "Onderzocht de arbeidsmarktregio vóór de verplichting van 2021 al jaarlijks de tevredenheid van werkgevers over het werkgeversservicepunt?", "Did the region measure employer satisfaction yearly before the 2021 obligation?",
                O("jaarlijks", "Ja, wij onderzochten jaarlijks de werkgeverstevredenheid", "Yes, yearly"),
                O("incidenteel", "Nee, maar we deden wel op incidentele of onregelmatige basis tevredenheidsonderzoek", "No, but now and then"),
                No) with
            {
                Required = true,
                Section = new("K Meten van tevredenheid en bekendheid onder werkgevers", "K Measuring satisfaction and awareness among employers"),
            }, "65"),
            Q(Single("V66", "V65 != nee", "Was dit gezamenlijk onderzoek van gemeenten en UWV?", "Was this joint research of the municipalities and UWV?", Yes, No), "66"),
            Q(Single(
                "V67", Joint, "Wat betekent de verplichting om vanaf 2021 jaarlijks de werkgeverstevredenheid te meten voor de arbeidsmarktregio?", "What does the obligation to measure employer satisfaction yearly from 2021 mean for the region?",
                O("voortzetten", "Niets, we zetten het bestaande onderzoek voort", "Nothing, we continue the existing survey"),
                O("gezamenlijk", "Gemeenten en UWV ontwikkelen een gezamenlijk onderzoek", "The municipalities and UWV develop a joint survey"),
                O("eigen", "Gemeenten en UWV ontwikkelen elk een eigen onderzoek", "Each develops its own survey"),
                O("programmaraad", "Gemeenten en UWV sluiten aan bij het onderzoek van de Programmaraad", "They join the Programmaraad's survey"),
                Other("anders", "Anders, namelijk …", "Other, namely …"),
                O("onbekend", "Dat is nog onbekend", "Not known yet")), "67"),
            Q(Grid(
                "V68", Joint, "In hoeverre bent u het eens met de volgende stellingen over relatiebeheer, voorlichting, marktpositie en deskundigheid van het werkgeversservicepunt?", "How far do you agree with these statements on relations, information, market position and expertise?",
                [
                    O("bestaand", "Het werkgeversservicepunt steekt veel energie in het onderhouden van bestaande contacten met werkgevers", "The service point puts much energy into existing contacts"),
                    O("positie", "De positie van het werkgeversservicepunt in de regionale vacaturemarkt is de laatste jaren duidelijk verbeterd", "Its position in the regional vacancy market has clearly improved"),
                    O("kennis", "Het werkgeversservicepunt heeft onvoldoende kennis van de regionale werkgevers en hun behoeften", "It knows too little of the regional employers and their needs"),
                    O("planmatig", "Het werkgeversservicepunt pakt de voorlichting aan werkgevers planmatig aan", "It informs employers in a planned way"),
                    O("bekend", "Het werkgeversservicepunt is voldoende bekend onder de regionale werkgevers", "It is known well enough among regional employers"),
                    O("cursus", "Alle werkgeversadviseurs hebben een cursus strategisch partnerschap gevolgd", "All advisers took a course in strategic partnership"),
                    O("deskundigheid", "Het werkgeversservicepunt steekt veel energie in de deskundigheid van zijn medewerkers", "It puts much energy into its staff's expertise"),
                    O("nieuw", "Het werkgeversservicepunt steekt veel energie in het opbouwen van nieuwe werkgeverscontacten", "It puts much energy into new employer contacts"),
                    O("bekendheid", "De bekendheid van het werkgeversservicepunt onder regionale werkgevers is de laatste jaren duidelijk verbeterd", "Its awareness among regional employers has clearly improved"),
                ],
                Agreement) with
            {
                Section = new("L Relatiebeheer, voorlichting, marktpositie en deskundigheid", "L Relations, information, market position and expertise"),
            }, "68"),
            Q(Grid(
                "V69", Joint, "Hoe belangrijk zijn de volgende methoden in de voorlichting van het werkgeversservicepunt aan werkgevers?", "How important are the following methods in informing employers?",
                [
                    O("website", "De website van het werkgeversservicepunt", "The service point's website"),
                    O("brochures", "Brochures", "Brochures"),
                    O("vragen", "Beantwoorden van vragen van werkgevers (telefoon, e-mail, contactformulier)", "Answering employers' questions (phone, e-mail, contact form)"),
                    O("bezoek-nieuw", "Bedrijfsbezoeken aan werkgevers waarmee nog geen contact is", "Visits to employers without contact yet"),
                    O("bezoek-relatie", "Bedrijfsbezoeken aan werkgevers waarmee een relatie is", "Visits to employers with a relation"),
                    O("bijeenkomsten", "Het organiseren van werkgeversbijeenkomsten", "Organising employer events"),
                    O("online", "Het organiseren van online activiteiten (webinars, ontbijtsessies)", "Organising online activities (webinars, breakfast sessions)"),
                    O("deelnemen", "Deelnemen aan bijeenkomsten van werkgevers die anderen organiseren", "Joining employer events organised by others"),
                    O("netwerken", "Deelnemen in regionale werkgeversnetwerken", "Taking part in regional employer networks"),
                ],
                FivePoints("Zeer onbelangrijk", "Very unimportant", "Onbelangrijk", "Unimportant", "Niet onbelangrijk, niet belangrijk", "Neither", "Belangrijk", "Important", "Zeer belangrijk", "Very important", "Weet ik niet", "I don't know")), "69"),
            Q(NoOrNamely("V70", "Ontbreken in het overzicht van de vorige vraag belangrijke voorlichtingsmethoden die in de arbeidsmarktregio worden toegepast?", "Are important information methods used in the region missing from the previous list?"), "70"),
            Q(Single("V71", Joint, "Heeft de coronacrisis noemenswaardige (positieve of negatieve) invloed gehad op de werkgeversdienstverlening vanuit het werkgeversservicepunt?", "Has the pandemic had a notable (positive or negative) effect on the employer services?", Yes, No) with
            {
                Required = true,
                Section = new("M Werkgeversdienstverlening en coronacrisis", "M Employer services and the pandemic"),
            }, "71"),
            Q(OpenOrDontKnow("V72", "V71 = ja", "Op welke wijze heeft de coronacrisis invloed gehad op de dienstverlening vanuit het werkgeversservicepunt?", "How has the pandemic affected the services?"), "72"),
            Q(Grid(
                "V73", Joint, "Onderdeel van de coronacrisisdienstverlening is de instelling van regionale mobiliteitsteams. In hoeverre bent u het eens met de volgende stelling?", "Part of the pandemic response is the regional mobility teams. How far do you agree with this statement?",
                [O("mobiliteitsteams", "De regionale mobiliteitsteams zullen een positief effect hebben op de werkgeversdienstverlening vanuit het werkgeversservicepunt", "The regional mobility teams will have a positive effect on the employer services")],
                Agreement), "73"),
            Q(Open("V74", "V1 = nee", "Gemeenten en UWV werken in uw arbeidsmarktregio niet samen in één of meer werkgeversservicepunten. Hoe is de werkgeversdienstverlening in de regio georganiseerd?", "The municipalities and UWV do not work together in a service point in your region. How are employer services organised there?") with
            {
                Section = new("N Werkgeversdienstverlening zonder samenwerking in een werkgeversservicepunt", "N Employer services without a joint service point"),
            }, "74"),
            Q(Open("V75", null, "Als u opmerkingen of aanvullingen hebt, kunt u die hier kwijt.", "If you have remarks or additions, you can give them here.") with
            {
                Options = [Only("geen", "Ik heb geen opmerkingen of aanvullingen", "I have no remarks or additions")],
                Section = new("O Afronding", "O Closing"),
            }, "O"),
        ],
    };
}
