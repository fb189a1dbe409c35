using static Werkbrug.Domain.Surveys.Templates.TemplateParts;

namespace Werkbrug.Domain.Surveys.Templates;

/// <summary>
/// The report's employer questionnaire (appendix 2, "Vragenlijst werkgevers 2022"), in its printed order with its
/// routing. Keys are the printed numbers; where the appendix prints a number twice (C17, C2 and C3 again for the
/// learning-work company, E6 for the explanation) the second gets a suffix and keeps the printed number as its label.
/// "Vraag F" (postcodes) is F4. The closing remarks are Z1–Z3. Chapter 6's figures come from A1, A2, E31 and E4.
/// </summary>
public static class EmployerMonitor
{
    public const string Key = "werkgeversenquete-2022";

    private static QuestionOption[] NoApproachReasons =>
    [
        O("onbekend", "Ik ben niet bekend met hun dienstverlening", "I do not know their services"),
        O("nietaantoe", "Ik ben er niet aan toe gekomen", "I did not get round to it"),
        O("bereiken", "Ik weet niet hoe ik die instanties kan bereiken", "I do not know how to reach them"),
        O("vertrouwen", "Ik heb geen vertrouwen in hun dienstverlening", "I have no confidence in their services"),
        O("behoefte", "Ik heb geen behoefte aan hun dienstverlening", "I do not need their services"),
        O("ervaringen", "Ik heb geen goede ervaringen met hun dienstverlening", "I have had no good experiences with their services"),
        O("anderewijze", "Ik kan op andere wijze voorzien in de beantwoording van mijn vragen", "I can get my questions answered in other ways"),
        Other("anders", "Om een andere reden, namelijk …", "For another reason, namely …"),
    ];

    private static QuestionOption[] ContactTopics =>
    [
        O("kandidaat", "Wij zochten een geschikte kandidaat voor een vacature", "We were looking for a suitable candidate for a vacancy"),
        O("vacatures", "Zij gingen na of wij geschikte vacatures hadden voor mensen met een uitkering", "They checked whether we had suitable vacancies for people on benefits"),
        O("regelingen", "Zij boden advies of informatie over regelingen ten behoeve van arbeidsparticipatie voor mensen met een arbeidsbeperking of werkloosheid", "They offered advice or information on schemes for the labour participation of people with a work limitation or unemployment"),
        O("arbeidsmarkt", "Zij verstrekten ons informatie over de arbeidsmarkt", "They gave us information on the labour market"),
        O("leerwerk", "Zij gaven advies over het samenstellen van leerwerkarrangementen", "They advised on putting together learning-work arrangements"),
        Other("anders", "Het contact ging over iets anders, namelijk …", "The contact was about something else, namely …"),
    ];

    private static QuestionOption[] NationalTopics =>
    [
        O("convenant", "Een convenant dat we hebben afgesloten of willen afsluiten", "An agreement we have made or want to make"),
        O("regelingen", "Zij boden advies of informatie over regelingen ten behoeve van arbeidsparticipatie voor mensen met een arbeidsbeperking of werkloosheid", "They offered advice or information on schemes for the labour participation of people with a work limitation or unemployment"),
        O("leerwerk", "Zij boden ondersteuning bij het samenstellen van leerwerkarrangementen", "They supported putting together learning-work arrangements"),
        O("klachtuwv", "Wij hadden een vraag of klacht over de regio-overstijgende dienstverlening van UWV", "We had a question or complaint about UWV's cross-regional services"),
        O("klachtgemeente", "Wij hadden een vraag of klacht over de regio-overstijgende dienstverlening van (een) gemeente(n)", "We had a question or complaint about the cross-regional services of (a) municipality(ies)"),
        O("jobcoach", "Vergoeding jobcoach", "Job coach allowance"),
        O("lks", "Aanvraag loonkostensubsidie", "Application for wage cost subsidy"),
        Other("anders", "Het contact ging over iets anders, namelijk …", "The contact was about something else, namely …"),
    ];

    private static QuestionOption[] Employed =>
    [
        O("loondienst", "In loondienst", "Employed directly"),
        O("uitzend", "Via een uitzendbureau of payrollbedrijf", "Through an agency or payroll company"),
        O("anders", "Via een andere constructie", "Through another arrangement"),
    ];

    private static Question PerRow(string key, string? condition, string nl, string en, QuestionOption[] rows, params QuestionOption[] options) => new()
    {
        Key = key,
        Type = QuestionType.Number,
        Condition = condition,
        Text = new(nl, en),
        Min = 0,
        Max = 100000,
        Rows = rows,
        Options = options,
    };

    public static Questionnaire Create() => new()
    {
        Title = new("Vragenlijst werkgevers", "Employer questionnaire"),
        Audience = SurveyAudience.Employers,
        Intro = new(
            "Om werkzoekenden en werkgevers met vacatures met elkaar in contact te brengen, hebben gemeenten en UWV regionale Werkgeversservicepunten opgezet. Met deze vragenlijst gaan wij na of u het Werkgeversservicepunt kent, of u er wel eens gebruik van hebt gemaakt en wat uw ervaringen daarmee waren. Ook als u het niet kent, stellen wij u graag een paar vragen. Het invullen kost ongeveer tien minuten.",
            "Municipalities and UWV set up regional employer service points to bring job seekers and employers with vacancies together. This questionnaire asks whether you know the employer service point, whether you have used it and what your experiences were. Even if you do not know it, we would like to ask you a few questions. It takes about ten minutes."),
        Closing = new("U bent aan het einde van de vragenlijst gekomen. Wij danken u hartelijk voor uw medewerking.", "You have reached the end of the questionnaire. Thank you very much for taking part."),
        Questions =
        [
            Single("B1", null, "Bent u in de afgelopen twee jaar wel eens op zoek geweest naar personeel?", "Have you been looking for staff in the past two years?", Yes, No, DontRemember) with { Required = true },
            Single("B3", null, "Hebt u wel eens vragen over het in dienst nemen of in dienst houden van mensen met een arbeidsbeperking?", "Do you ever have questions about hiring or keeping people with a work limitation?", Yes, No, DontKnow),
            Single("B31", null, "Hebt u wel eens vragen over de mogelijkheden om mensen in dienst te nemen die om een andere reden dan een arbeidsbeperking geen werk hebben?", "Do you ever have questions about hiring people who are out of work for a reason other than a work limitation?", Yes, No, DontKnow),
            Multiple(
                "A1",
                null,
                "Werkgevers die personeel zoeken, of vragen hebben over de inzetbaarheid van mensen, kunnen terecht bij verschillende overheidsinstanties. Met welke van deze instanties hebt u wel eens contact gehad? (meerdere antwoorden mogelijk)",
                "Employers looking for staff, or with questions about people's employability, can turn to several public bodies. Which of these have you ever been in contact with? (several answers possible)",
                O("rwsp", "Regionaal Werkgeversservicepunt (samenwerkingsverband tussen gemeenten en UWV)", "Regional employer service point (municipalities and UWV together)"),
                O("lwsp", "Landelijk Werkgeversservicepunt van UWV of gemeenten", "National employer service point of UWV or the municipalities"),
                O("uwv", "UWV", "UWV"),
                O("gemeente", "Gemeente (of gemeentelijk samenwerkingsverband)", "Municipality (or a joint body of municipalities)"),
                O("lwb", "Leerwerkbedrijf of Sw-bedrijf", "Learning-work company or sheltered-work company"),
                O("leerwerkloket", "Leerwerkloket", "Learning-work desk"),
                Other("anders", "Een andere overheidsinstantie, namelijk …", "Another public body, namely …"),
                Only("geen", "Geen enkele", "None")) with { Required = true },
            Single("A2", "A1 != rwsp", "Kent u het regionaal Werkgeversservicepunt?", "Do you know the regional employer service point?", Yes, No),
            Single("A3", "A1 != lwsp", "Kent u het landelijk Werkgeversservicepunt?", "Do you know the national employer service point?", Yes, No),
            Single(
                "B2",
                "B1 = ja & A1 = geen",
                "U hebt aangegeven dat u wel eens op zoek bent naar personeel en daarover geen contact hebt gehad met gemeente, UWV of een andere overheidsinstantie. Kunt u aangeven waarom niet?",
                "You said you have been looking for staff without contacting a municipality, UWV or another public body about it. Why not?",
                O("nietgeweten", "Ik wist niet dat zij kunnen helpen bij het vinden van personeel", "I did not know they can help find staff"),
                O("nietaantoe", "Ik ben er niet aan toegekomen", "I did not get round to it"),
                O("bereiken", "Ik weet niet hoe ik die instanties kan bereiken", "I do not know how to reach them"),
                O("kandidaten", "Ik denk niet dat zij de juiste kandidaten hebben", "I do not think they have the right candidates"),
                O("vertrouwen", "Ik heb geen vertrouwen in hun dienstverlening", "I have no confidence in their services"),
                O("behoefte", "Ik heb geen behoefte aan hun dienstverlening", "I do not need their services"),
                O("ervaringen", "Ik heb geen goede ervaringen met hun dienstverlening", "I have had no good experiences with their services"),
                O("kanalen", "Ik heb andere goed werkende kanalen om personeel te werven", "I have other channels that work well for recruiting"),
                Other("anders", "Om een andere reden, namelijk …", "For another reason, namely …")),
            Multiple(
                "B4",
                "B3 = ja",
                "U hebt aangegeven dat u wel eens vragen hebt over het in dienst nemen of houden van mensen met een arbeidsbeperking als gevolg van een ziekte of handicap. Waarom richt u zich met deze vragen niet tot gemeente, UWV of Werkgeversservicepunt? (meerdere antwoorden mogelijk)",
                "You said you have questions about hiring or keeping people with a work limitation due to illness or disability. Why do you not take these questions to the municipality, UWV or the employer service point? (several answers possible)",
                NoApproachReasons),
            Multiple(
                "B41",
                "B31 = ja",
                "U hebt aangegeven dat u wel eens vragen hebt over het in dienst nemen van mensen die om een andere reden dan een arbeidsbeperking geen werk hebben. Waarom richt u zich met deze vragen niet tot gemeente, UWV of Werkgeversservicepunt? (meerdere antwoorden mogelijk)",
                "You said you have questions about hiring people who are out of work for another reason than a work limitation. Why do you not take these questions to the municipality, UWV or the employer service point? (several answers possible)",
                NoApproachReasons),
            Multiple("C1", "A1 = rwsp", "U hebt aangegeven wel eens contact te hebben gehad met het regionaal Werkgeversservicepunt (WSP). Waarover ging dat contact? (meerdere antwoorden mogelijk)", "You said you have been in contact with the regional employer service point. What was the contact about? (several answers possible)", ContactTopics),
            Open("C2", "A1 = rwsp", "Wat vond u goed aan de dienstverlening van het Werkgeversservicepunt?", "What did you like about the service of the employer service point?"),
            Open("C3", "A1 = rwsp", "Wat zou volgens u verbeterd kunnen worden aan de dienstverlening van het Werkgeversservicepunt?", "What could be improved in the service of the employer service point?"),
            Multiple(
                "C4",
                "A1 = lwsp",
                "U hebt aangegeven wel eens contact te hebben gehad met het landelijk Werkgeversservicepunt. Met wie had u contact? (meerdere antwoorden mogelijk)",
                "You said you have been in contact with the national employer service point. Whom were you in contact with? (several answers possible)",
                O("uwv", "Landelijk Werkgeversservicepunt van UWV", "National employer service point of UWV"),
                O("gemeenten", "Landelijk Werkgeversservicepunt gemeenten", "National employer service point of the municipalities"),
                DontRemember),
            Single("C5", "C4 = uwv", "Waarover ging het contact met het landelijk Werkgeversservicepunt van UWV?", "What was the contact with UWV's national employer service point about?", NationalTopics),
            Open("C6", "C4 = uwv", "Wat vond u goed aan de dienstverlening van het landelijk Werkgeversservicepunt van UWV?", "What did you like about the service of UWV's national employer service point?"),
            Open("C7", "C4 = uwv", "Wat zou volgens u verbeterd kunnen worden aan de dienstverlening van het landelijk Werkgeversservicepunt van UWV?", "What could be improved in the service of UWV's national employer service point?"),
            Single("C8", "C4 = gemeenten", "Waarover ging het contact met het landelijk Werkgeversservicepunt gemeenten?", "What was the contact with the municipalities' national employer service point about?", NationalTopics),
            Open("C9", "C4 = gemeenten", "Wat vond u goed aan de dienstverlening van het landelijk Werkgeversservicepunt gemeenten?", "What did you like about the service of the municipalities' national employer service point?"),
            Open("C10", "C4 = gemeenten", "Wat zou volgens u verbeterd kunnen worden aan de dienstverlening van het landelijk Werkgeversservicepunt gemeenten?", "What could be improved in the service of the municipalities' national employer service point?"),
            Multiple(
                "C11",
                "A1 = uwv",
                "U hebt aangegeven wel eens contact te hebben gehad met UWV. Waarover ging dat contact? (meerdere antwoorden mogelijk)",
                "You said you have been in contact with UWV. What was the contact about? (several answers possible)",
                O("ziekte", "Wij hadden een vraag in verband met ziekte of arbeidsongeschiktheid van een werknemer", "We had a question about an employee's illness or incapacity for work"),
                O("zwangerschap", "Wij hadden een vraag in verband met zwangerschapsverlof van een werknemer", "We had a question about an employee's maternity leave"),
                O("ontslag", "Wij hadden een vraag over ontslag van een werknemer", "We had a question about dismissing an employee"),
                O("regeling", "Wij hadden een vraag over een regeling ten behoeve van een medewerker met een arbeidsbeperking", "We had a question about a scheme for an employee with a work limitation"),
                O("kandidaat", "Wij zochten een geschikte kandidaat voor een vacature", "We were looking for a suitable candidate for a vacancy"),
                Other("anders", "Het contact ging over iets anders, namelijk …", "The contact was about something else, namely …")),
            Single("C12", "A1 = uwv", "Is dat contact via het Werkgeversservicepunt tot stand gekomen?", "Did that contact come about through the employer service point?", Yes, No, DontRemember),
            Open("C13", "C11 = regeling | C11 = kandidaat", "Wat vond u goed aan de dienstverlening van UWV?", "What did you like about UWV's service?"),
            Open("C14", "C11 = regeling | C11 = kandidaat", "Wat zou volgens u verbeterd kunnen worden aan de dienstverlening van UWV?", "What could be improved in UWV's service?"),
            Multiple(
                "C15",
                "A1 = gemeente",
                "U hebt aangegeven wel eens contact te hebben gehad met de gemeente. Waarover ging dat contact? (meerdere antwoorden mogelijk)",
                "You said you have been in contact with the municipality. What was the contact about? (several answers possible)",
                O("regeling", "Wij hadden een vraag over een regeling ten behoeve van een medewerker die vanuit een uitkeringssituatie bij ons is komen werken", "We had a question about a scheme for an employee who came to us from benefits"),
                O("kandidaat", "Wij zochten een geschikte kandidaat voor een vacature", "We were looking for a suitable candidate for a vacancy"),
                Other("anders", "Het contact ging over iets anders, namelijk …", "The contact was about something else, namely …")),
            Single("C15wsp", "A1 = gemeente", "Is dat contact via het Werkgeversservicepunt tot stand gekomen?", "Did that contact come about through the employer service point?", Yes, No, DontRemember),
            Open("C16", "A1 = gemeente", "Wat vond u goed aan de dienstverlening van de gemeente?", "What did you like about the municipality's service?"),
            Open("C17", "A1 = gemeente", "Wat zou volgens u verbeterd kunnen worden aan de dienstverlening van de gemeente?", "What could be improved in the municipality's service?"),
            Multiple("C17lwb", "A1 = lwb", "U hebt aangegeven wel eens contact te hebben gehad met het leerwerkbedrijf of Sw-bedrijf. Waarover ging dat contact? (meerdere antwoorden mogelijk)", "You said you have been in contact with the learning-work or sheltered-work company. What was the contact about? (several answers possible)", ContactTopics) with { Label = "C17" },
            Open("C2lwb", "A1 = lwb", "Wat vond u goed aan de dienstverlening van het leerwerkbedrijf of Sw-bedrijf?", "What did you like about the service of the learning-work or sheltered-work company?") with { Label = "C2" },
            Open("C3lwb", "A1 = lwb", "Wat zou volgens u verbeterd kunnen worden aan de dienstverlening van het leerwerkbedrijf of Sw-bedrijf?", "What could be improved in the service of the learning-work or sheltered-work company?") with { Label = "C3" },
            Single("D1", null, "Kent u Werk.nl, de vacaturesite van UWV en gemeenten?", "Do you know Werk.nl, the vacancy site of UWV and the municipalities?", Yes, No) with { Section = new("Werk.nl", "Werk.nl") },
            Single(
                "D2",
                "D1 = ja",
                "Hebt u wel eens gebruikgemaakt van Werk.nl?",
                "Have you ever used Werk.nl?",
                O("zoeken", "Ja, om kandidaten te zoeken voor (een) vacature(s)", "Yes, to look for candidates for (a) vacancy(ies)"),
                O("plaatsen", "Ja, ik heb er wel eens een vacature geplaatst", "Yes, I have posted a vacancy there"),
                No,
                O("weetniet", "Weet niet meer", "Don't remember")),
            Single(
                "D3",
                "D2 = nee",
                "Waarom maakt u geen gebruik van Werk.nl?",
                "Why do you not use Werk.nl?",
                O("kandidaten", "Ik kan daar niet de goede kandidaten vinden", "I cannot find the right candidates there"),
                O("gebruik", "Ik vind de website niet gebruiksvriendelijk", "I do not find the website easy to use"),
                O("kanalen", "Het werkt voor mij beter om via andere kanalen kandidaten te werven", "Other channels work better for me"),
                Other("anders", "Om een andere reden, namelijk …", "For another reason, namely …"),
                DontKnow),
            Single("E1", null, "Werken er bij uw bedrijf of organisatie mensen met een arbeidsbeperking?", "Do people with a work limitation work at your company or organisation?", Yes, No, DontKnow) with
            {
                Section = new("Mensen met een afstand tot de arbeidsmarkt", "People at a distance from the labour market"),
            },
            PerRow(
                "E2",
                "E1 = ja",
                "Hoeveel mensen met een arbeidsbeperking werken er op dit moment in uw bedrijf of organisatie? Denk zowel aan mensen in loondienst als aan mensen die via een uitzendbureau, Sw-bedrijf, payrollbedrijf of een andere constructie bij u werken.",
                "How many people with a work limitation work in your company or organisation now? Count people employed directly and people who work for you through an agency, sheltered-work company, payroll company or another arrangement.",
                Employed,
                Only("geen", "Binnen ons bedrijf of onze organisatie werken geen personen met een arbeidsbeperking", "No people with a work limitation work in our company or organisation"),
                DontKnow),
            PerRow(
                "E3",
                "E1 = ja",
                "Werknemers met een arbeidsbeperking kunnen vanuit verschillende indicaties en regelingen werken. Hoeveel medewerkers per categorie werken bij uw bedrijf?",
                "Employees with a work limitation can work under different assessments and schemes. How many employees per category work at your company?",
                [
                    O("wia", "Medewerkers met een (gedeeltelijke) WIA-uitkering", "Employees with a (partial) WIA benefit"),
                    O("wajong", "Medewerkers met een Wajong-uitkering", "Employees with a Wajong benefit"),
                    O("wsw", "Medewerkers met een Wsw-indicatie (Wet sociale werkvoorziening)", "Employees with a Wsw assessment (Sheltered Employment Act)"),
                    O("beschut", "Medewerkers met een indicatie beschut werk", "Employees with a sheltered-work assessment"),
                    O("anders", "Medewerkers vanuit een andere regeling", "Employees under another scheme"),
                ],
                Only("weetniet", "Weet ik niet", "I don't know")),
            Grid(
                "E31",
                null,
                "Bent u bereid meer mensen met een afstand tot de arbeidsmarkt bij uw bedrijf te laten werken dan nu het geval is?",
                "Are you willing to have more people at a distance from the labour market work at your company than now?",
                [
                    O("ww", "Mensen met een WW-uitkering", "People on unemployment benefit (WW)"),
                    O("verstandelijk", "Mensen met een verstandelijke beperking", "People with an intellectual disability"),
                    O("psychisch", "Mensen met een psychische beperking", "People with a mental health condition"),
                    O("lichamelijk", "Mensen met een lichamelijke beperking", "People with a physical disability"),
                    O("bijstand", "Mensen met een bijstandsuitkering", "People on social assistance"),
                    O("taal", "Mensen die de Nederlandse taal beperkt beheersen", "People with limited Dutch"),
                    O("ouderen", "Ouderen (50-plussers)", "Older people (over 50)"),
                    O("jongeren", "Jongeren zonder startkwalificatie", "Young people without a basic qualification"),
                ],
                [
                    O("ja", "Ja", "Yes"),
                    O("nietmeer", "Nee, niet meer dan het huidige aantal", "No, not more than now"),
                    O("geenplaats", "Nee, daar heb ik geen plaats voor", "No, I have no place for them"),
                    O("weetniet", "Weet niet", "Don't know"),
                ]),
            new()
            {
                Key = "E4",
                Type = QuestionType.TopChoices,
                MaxChoices = 3,
                Text = new(
                    "Wat zijn voor u de belangrijkste redenen om mensen met een afstand tot de arbeidsmarkt aan te nemen? (hoogstens drie antwoorden)",
                    "What are your main reasons for hiring people at a distance from the labour market? (at most three answers)"),
                Options =
                [
                    O("maatschappelijk", "Maatschappelijke verantwoordelijkheid", "Social responsibility"),
                    O("financieel", "Financiële redenen (goedkope arbeidskrachten)", "Financial reasons (cheap labour)"),
                    O("quotum", "Voldoen aan het quotum van de Banenafspraak", "Meeting the quota of the Jobs Agreement"),
                    O("werkinhoud", "Werkinhoudelijke redenen (mensen met een arbeidsbeperking zijn net zo geschikt voor dit werk als mensen zonder beperking)", "Reasons of the work itself (people with a work limitation are as suited to this work as others)"),
                    O("diversiteit", "Diversiteit op de werkvloer", "Diversity at work"),
                    O("klanten", "Waardering van klanten", "Customers' appreciation"),
                    O("sroi", "Social return-verplichtingen", "Social return obligations"),
                    O("voldoening", "Geeft persoonlijk veel voldoening", "Personally very rewarding"),
                    Other("anders", "Andere reden, namelijk …", "Another reason, namely …"),
                    Only("weetniet", "Weet ik niet", "I don't know"),
                ],
            },
            Single(
                "E5",
                "E1 = ja",
                "Hebt u al te maken gehad met de nieuwe loonwaardemethodiek voor het bepalen van de hoogte van de loondispensatie of loonkostensubsidie die op 1 juli 2021 van kracht is geworden?",
                "Have you dealt with the new wage-value method for setting wage dispensation or wage cost subsidy, in force since 1 July 2021?",
                Yes, No, O("nvt", "Niet van toepassing", "Not applicable"), DontKnow),
            Single(
                "E6",
                "E5 = ja",
                "Wat vindt u van deze methodiek? Ziet u de nieuwe methode als vooruitgang of als achteruitgang ten opzichte van de oude?",
                "What do you think of this method? Is the new method progress or a step back compared with the old one?",
                O("vooruitgang", "Het is een vooruitgang", "It is progress"),
                O("achteruitgang", "Het is een achteruitgang", "It is a step back"),
                O("maaktnietuit", "Het maakt niet uit", "It makes no difference"),
                DontKnow),
            Open("E6t", "E6 != weetniet", "Kunt u uw antwoord toelichten?", "Could you explain your answer?") with { Label = "E6" },
            Single(
                "F1",
                null,
                "Wat is uw functie?",
                "What is your position?",
                O("eigenaar", "Eigenaar, directeur", "Owner, director"),
                O("hrm", "HRM-adviseur", "HR adviser"),
                O("administratief", "Administratief medewerker", "Administrative employee"),
                Other("anders", "Ik heb een andere functie, namelijk …", "I have another position, namely …"),
                O("wilniet", "Wil niet zeggen", "Prefer not to say")) with
            {
                Section = new("Uw organisatie", "Your organisation"),
            },
            Single("F2", "F1 != hrm", "Heeft uw organisatie één of meer HRM-medewerkers?", "Does your organisation have one or more HR staff?", Yes, No, O("wilniet", "Wil niet zeggen", "Prefer not to say")),
            PerRow(
                "F3",
                null,
                "Hoeveel mensen werken er in uw organisatie?",
                "How many people work in your organisation?",
                Employed,
                Only("wilniet", "Wil niet zeggen", "Prefer not to say")),
            Open("F4", null, "In welke regio’s heeft uw bedrijf vestigingen? Noem de postcodes van uw vestigingen.", "In which regions does your company have establishments? Give the postcodes of your establishments.") with { Label = "F" },
            Single(
                "F5",
                null,
                "Onder welke branche valt uw organisatie?",
                "Which sector is your organisation in?",
                O("landbouw", "Landbouw", "Agriculture"),
                O("delfstoffen", "Delfstoffenwinning", "Mining and quarrying"),
                O("industrie", "Industrie", "Manufacturing"),
                O("nuts", "Nutsbedrijven", "Utilities"),
                O("bouw", "Bouw", "Construction"),
                O("logistiek", "Logistieke dienstverlening", "Logistics"),
                O("handel", "Groothandel, detailhandel", "Wholesale and retail"),
                O("horeca", "Horeca, sport, recreatie", "Hospitality, sport, recreation"),
                O("zakelijk", "Zakelijke dienstverlening", "Business services"),
                O("zorg", "Zorg en welzijn", "Health and welfare"),
                O("overheid", "Openbaar bestuur en onderwijs", "Public administration and education"),
                Other("anders", "Anders, namelijk …", "Other, namely …")),
            Open("Z1", null, "Hebt u naar aanleiding van deze vragenlijst nog opmerkingen? U kunt ze hier geven.", "Do you have any remarks on this questionnaire? You can give them here.") with { Section = new("Afsluiting", "Closing") },
            Multiple("Z2", null, "Wilt u het eindrapport ontvangen?", "Would you like to receive the final report?", O("ja", "Ik wil graag het eindrapport ontvangen", "I would like to receive the final report")),
            Single("Z3", null, "Mogen wij u in het kader van het onderzoek eventueel benaderen voor een aanvullend interview?", "May we approach you for a follow-up interview for this study?", Yes, No),
        ],
    };
}
