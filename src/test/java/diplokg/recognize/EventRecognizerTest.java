package diplokg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.fact.Contract;
import diplokg.fact.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventRecognizerTest {

    private static List<String> events(String month, String title, String... body) {
        return TestArticles.facts(month, title, body).facts(Contract.EVENTS).stream()
                .map(e -> e.type() + " " + e.date())
                .toList();
    }

    @Test
    void datesAnEventWithTheDayWrittenNextToIt() {
        assertEquals(List.of("meeting 2024-06-04"), events("2024-06", "Le Vietnam et la Thaïlande",
                "La vice-présidente a reçu mardi 4 juin à Hanoï l'ambassadrice de Thaïlande."));
    }

    @Test
    void eachEventOfAListOfSubjectsTakesTheDateOfItsOwnPhrase() {
        assertEquals(List.of("visit 2022-11", "conference 2023-05"), events("2023-09", "Le Vietnam et l'Allemagne",
                "Selon lui, la visite du ministre allemand Paul Keller au Vietnam en novembre 2022, ainsi que la 5e "
                        + "conférence de coopération régionale à Hanoï en mai 2023 ont renforcé les liens."));
        assertEquals(List.of("visit 2020-10", "conference 2021-06"), events("2022-01", "Le Vietnam et l'Autriche",
                "La visite de la ministre autrichienne Eva Gruber en octobre 2020, et le forum organisé à Vienne en "
                        + "juin 2021 ont été salués."));
    }

    @Test
    void placesAnEventInTheCityWrittenNearIt() {
        assertEquals(List.of("Phnom Penh"), TestArticles.facts("2025-06", "Le Vietnam et le Cambodge",
                "Le Premier ministre a été reçu le 20 juin à Phnom Penh par le roi.").facts(Contract.EVENTS).stream()
                .map(Event::place).toList());
    }

    @Test
    void aMessageOrACallHasNoPlaceItsRecipientIsNoCity() {
        assertEquals(List.of("message null", "phone-call null", "message null"), TestArticles.facts("2022-06",
                "Le Vietnam et les Philippines",
                "Le président Nguyên Xuân Phuc a adressé jeudi 30 juin un message de félicitations à Ramon Cruz "
                        + "Santos à l'occasion de son investiture en tant que président de la République des "
                        + "Philippines.",
                "Le 4 juillet, le Premier ministre a eu un entretien téléphonique avec Ramon Cruz Santos, auquel "
                        + "il a adressé ses félicitations.")
                .facts(Contract.EVENTS).stream().map(e -> e.type() + " " + e.place()).toList());
    }

    @Test
    void aPlaceEndsWhereAPersonIsNamed() {
        assertEquals(List.of("Hanoï"), TestArticles.facts("2025-09", "Le Vietnam et le Kazakhstan",
                "Le Premier ministre Pham Minh Chinh a reçu le 17 septembre à Hanoï Serik Zhumangarin, vice-Premier "
                        + "ministre du Kazakhstan.").facts(Contract.EVENTS).stream()
                .map(Event::place).toList());
    }

    @Test
    void aPersonTakesPartWhenTheSentenceNamesThemNotWhenItSharesAWordOfTheirName() {
        assertEquals(List.of(Set.of("Pham Minh Chinh", "Pedro Diaz"), Set.of("To Lam", "Ana Ruiz")),
                TestArticles.facts("2025-03", "Le Vietnam, le Chili et le Pérou",
                        "Le Premier ministre Pham Minh Chinh a reçu le 3 mars l'ambassadeur du Chili, Pedro Diaz.",
                        "Le 5 mars, le ministre To Lam a rencontré à Hô Chi Minh-Ville l'ambassadrice du Pérou, "
                                + "Ana Ruiz.").facts(Contract.EVENTS).stream()
                        .map(e -> Set.copyOf(e.participants()))
                        .toList());
    }

    @Test
    void aRangeGivesItsFirstDay() {
        assertEquals(List.of("visit 2023-04-10"), events("2023-04", "Le Vietnam et la Chine",
                "Il a effectué une visite officielle en Chine du 10 au 12 avril."));
    }

    @Test
    void withoutHeaderADayGivesNoYear() {
        assertEquals(List.of("phone-call --07-10"), events(null, "Le Vietnam et l'Allemagne",
                "Les deux dirigeants ont eu une conversation téléphonique le 10 juillet."));
    }

    @Test
    void aMonthWithoutYearInAnUndatedArticleLeavesTheEventUndated() {
        // Found by the 100k bench: two mentions of one event, one next to a month that no year completes.
        assertEquals(List.of("meeting null"), events(null, "Le Vietnam et le Chili",
                "Le ministre a rencontré en mars l'ambassadeur chilien.",
                "Lors de cette rencontre en mars, les deux parties ont évoqué le commerce."));
    }

    @Test
    void meetingsWithOtherPeopleAreOtherEvents() {
        assertEquals(List.of("meeting 2024-10-02", "meeting 2024-10"), events("2024-10", "Le Vietnam et le Chili",
                "Le Premier ministre Pham Minh Chinh a rencontré le 2 octobre à Santiago le président chilien Gabriel "
                        + "Boric.",
                "Pham Minh Chinh a également rencontré la présidente du Sénat chilien, Paulina Núñez."));
    }

    @Test
    void aLaterMentionNamingSomeOfTheSamePeopleIsTheSameMeeting() {
        assertEquals(List.of("meeting 2024-10-02"), events("2024-10", "Le Vietnam et le Chili",
                "Le Premier ministre Pham Minh Chinh a rencontré le 2 octobre à Santiago le président chilien Gabriel "
                        + "Boric.",
                "Lors de la rencontre, Gabriel Boric a salué les progrès de la coopération."));
    }

    @Test
    void anUndatedEventIsTheArticlesNewsOfItsMonth() {
        assertEquals(List.of("signing 2025-05"), events("2025-05", "Le Vietnam et la Biélorussie",
                "Les accords signés couvrent la santé et la culture."));
    }

    @Test
    void aPlannedVisitIsNoEvent() {
        assertEquals(List.of(), events("2025-01", "Le Vietnam et le Mexique",
                "La présidente se rendra au Vietnam pour une visite officielle l'an prochain."));
    }

    @Test
    void aPressConferenceAfterTalksIsNoSeparateEvent() {
        assertEquals(List.of("meeting 2024-10"), events("2024-10", "Le Vietnam et la France",
                "Lors d'une conférence de presse à l'issue des entretiens, les deux dirigeants ont parlé."));
    }

    @Test
    void aRecalledYearDatesAPastEvent() {
        assertEquals(List.of("visit 2019"), events("2024-06", "Le Vietnam et l'Égypte",
                "Il a rappelé la visite effectuée en 2019."));
    }

    @Test
    void congratulationsAreAMessageButWelcomingIsNot() {
        assertEquals(List.of("message 2025-09-01"), events("2025-09", "Le Vietnam et Cuba",
                "Le président a félicité le 1er septembre son homologue.",
                "Les deux parties se sont félicitées des progrès."));
    }

    @Test
    void aVisitorsVisitDoesNotTakeTheDayOfTheMeeting() {
        assertEquals(List.of("meeting 2024-05-21", "visit 2024-05"), events("2024-05", "Le Vietnam et le Pérou",
                "Le vice-président a reçu mardi 21 mai à Hanoï la ministre péruvienne du Commerce, Ana Quispe, "
                        + "en visite de travail au Vietnam."));
    }

    @Test
    void aDateOpeningTheSentenceDatesEveryEventOfIt() {
        assertEquals(List.of("meeting 2025-02-03", "signing 2025-02-03"), events("2025-02", "Le Vietnam et l'Inde",
                "Lundi 3 février, après leurs entretiens, les deux ministres ont assisté à la signature d'un accord."));
    }

    @Test
    void aDaySetOffAfterAnAdverbReachesAFarEvent() {
        assertEquals(List.of("conference 2025-04-08"), events("2025-04", "Le Vietnam et l'Ouzbékistan",
                "La veille, mardi 8 avril, la vice-ministre ouzbèke du Commerce et son homologue vietnamienne, "
                        + "Phan Thi Lan, avaient coprésidé dans la capitale la 4e session du Comité "
                        + "intergouvernemental."));
    }

    @Test
    void aSessionThatWillBeHeldLaterInItsClauseIsAPlan() {
        assertEquals(List.of(), events("2025-04", "Le Vietnam et la Hongrie",
                "La 6e session du Comité mixte se tiendra à Budapest.",
                "Le forum économique sera organisé à Hô Chi Minh-Ville."));
    }

    @Test
    void aDialogueMechanismIsNoConference() {
        assertEquals(List.of(), events("2025-04", "Le Vietnam et la Norvège",
                "Les deux pays disposent d'un mécanisme de dialogue sur les droits de l'homme."));
    }

    @Test
    void aSummitNamedAsTheSettingIsNoEvent() {
        assertEquals(List.of("meeting 2024-07-10"), events("2024-07", "Le Vietnam et le Canada",
                "Dans le cadre de sa participation au sommet de l'OTAN, le ministre a rencontré le 10 juillet "
                        + "la ministre canadienne des Affaires étrangères."));
    }

    @Test
    void congratulatingWithAnAdverbIsAMessageAndWelcomingIsNot() {
        assertEquals(List.of("message 2025-03"), events("2025-03", "Le Vietnam et la Namibie",
                "Le président a chaleureusement félicité la nouvelle présidente namibienne.",
                "Le ministre s'est félicité des progrès de la coopération."));
    }

    @Test
    void congratulationsDuringACallAreAMessageDatedLikeTheCall() {
        assertEquals(List.of("phone-call 2025-06-12", "message 2025-06-12"), events("2025-06", "Le Vietnam et la Corée",
                "Le 12 juin, lors d'un entretien téléphonique, le secrétaire général a félicité le nouveau président "
                        + "coréen pour son élection."));
    }

    @Test
    void theDayOfANationalDayIsNotTheDayOfItsMessage() {
        assertEquals(List.of("message 2024-09"), events("2024-09", "Le Vietnam et le Laos",
                "À l'occasion de la fête nationale du Vietnam (2 septembre), le Premier ministre lao a adressé un "
                        + "message de félicitations à son homologue."));
    }

    @Test
    void aYearAfterAStatusWordDatesTheFrameworkNotTheMessage() {
        assertEquals(List.of("message 2025-05"), events("2025-05", "Le Vietnam et l'Argentine",
                "Dans son message, le président a rappelé le partenariat global établi en 2010."));
    }

    @Test
    void aRecalledVisitWithMonthAndYearIsOfThatMonth() {
        assertEquals(List.of("visit 2022-12"), events("2025-08", "Le Vietnam et la Corée",
                "En décembre 2022, à l'occasion du 30e anniversaire des relations, la visite d'État du président "
                        + "vietnamien à Séoul avait permis de renforcer les liens."));
    }

    @Test
    void anOfficialWelcomeCeremonyIsAMeeting() {
        assertEquals(List.of("meeting 2024-11-04"), events("2024-11", "Le Vietnam et la Malaisie",
                "Le Premier ministre malaisien a présidé le 4 novembre la cérémonie d'accueil officielle du "
                        + "président vietnamien."));
    }

    @Test
    void anUndatedRecalledMentionNamingOthersIsTheSameEvent() {
        assertEquals(List.of("conference 2025-01-08"), events("2025-01", "Le Vietnam et le Cambodge",
                "Le Premier ministre Hun Manet et son homologue Pham Minh Chinh ont coprésidé le 8 janvier la 5e "
                        + "session du Comité mixte.",
                "Selon l'ambassadeur du Cambodge, Chea Kimtha, cette session avait ouvert une nouvelle étape."));
    }
    @Test
    void theSameDayAndTheNextDayCountFromTheEventToldBefore() {
        assertEquals(List.of("meeting 2025-04-14", "visit 2025-04-13", "signing 2025-04-14", "meeting 2025-04-15"),
                events("2025-04", "Le Vietnam et l'Indonésie",
                        "Le président a reçu lundi 14 avril le ministre indonésien, en visite du 13 au 16 avril.",
                        "Le même jour, les deux ministres ont assisté à la signature d'un accord.",
                        "Le lendemain, le ministre a rencontré le président de l'Assemblée nationale."));
    }

    @Test
    void theSameDayWithNoEventToldBeforeCountsFromTheDayItsSentenceWroteBefore() {
        assertEquals(List.of("message 2025-03-04"), events("2025-03", "Message de sympathie du Vietnam au Pérou",
                "Après les graves inondations survenues le 4 mars dans plusieurs provinces du nord du Pérou, le "
                        + "président de la République socialiste du Vietnam a adressé le même jour un message de "
                        + "sympathie au président péruvien."));
    }

    @Test
    void aTriggerInTheParenthesisSpellingOutAnAcronymIsAName() {
        assertEquals(List.of(), events("2025-03", "Le Vietnam et le Pérou",
                "La ministre péruvienne a salué le rôle actif du Vietnam au sein de l'APEC (Forum de coopération "
                        + "économique Asie-Pacifique)."));
    }

    @Test
    void talksNamedToDateWhatFollowsThemAreNoNewEvent() {
        assertEquals(List.of("phone-call 2025-05-06", "message 2025-05-06"), events("2025-05",
                "Le Vietnam et le Chili",
                "Le Premier ministre a eu mardi 6 mai un entretien téléphonique avec le président chilien.",
                "Au cours de l'entretien téléphonique, il a félicité le Chili pour ses succès économiques."));
    }

    @Test
    void congratulationsAfterTalksTakeTheDayOfTheTalks() {
        assertEquals(List.of("meeting 2025-10-21", "message 2025-10-21"), events("2025-10", "Le Vietnam et le Pérou",
                "Le président s'est entretenu mardi 21 octobre avec le président péruvien.",
                "Il a félicité le Pérou pour ses réalisations dans la lutte contre la pauvreté."));
    }

    @Test
    void greetingsConveyedWithAnInvitationAreAMessageTheInvitedVisitIsNoEvent() {
        assertEquals(List.of("meeting 2025-10-21", "message 2025-10-21"), events("2025-10", "Le Vietnam et le Pérou",
                "Le président péruvien a reçu mardi 21 octobre le ministre vietnamien.",
                "Le ministre lui a transmis les salutations et l'invitation à effectuer une visite au Vietnam du "
                        + "président vietnamien."));
    }

    @Test
    void askingToConveyGreetingsIsNoMessage() {
        assertEquals(List.of("meeting 2025-10-21"), events("2025-10", "Le Vietnam et le Pérou",
                "Le président a reçu mardi 21 octobre le ministre péruvien.",
                "Il a demandé à son hôte de transmettre ses salutations au président péruvien."));
    }
    @Test
    void twoVerbsOfOneSentenceAreTwoMeetingsOneVerbIsOne() {
        assertEquals(List.of("meeting 2025-04-11", "meeting 2025-04-11", "meeting 2025-04-12"), events("2025-04",
                "Le Vietnam et la Pologne",
                "Vendredi 11 avril, le ministre polonais a été reçu par le Premier ministre, puis a eu une séance de "
                        + "travail avec le ministre de la Défense.",
                "Samedi 12 avril, il a été reçu en audience par le président."));
    }

    @Test
    void talksAfterTheWelcomeCeremonyAreAnotherMeetingAndMeetingThePressIsNone() {
        assertEquals(List.of("meeting 2025-04-14", "visit 2025-04-13", "meeting 2025-04-14"), events("2025-04",
                "Le Vietnam et l'Indonésie",
                "Le président a présidé lundi 14 avril la cérémonie d'accueil officielle du président indonésien, "
                        + "en visite d'État du 13 au 15 avril.",
                "Aussitôt après la cérémonie, les deux présidents se sont entretenus.",
                "À l'issue des entretiens, les deux présidents ont rencontré la presse pour présenter les résultats "
                        + "de la visite."));
    }
    @Test
    void aYearAfterCongratulationsDatesTheirReasonNotTheMessage() {
        assertEquals(List.of("meeting 2025-09-15", "message 2025-09-15"), events("2025-09", "Le Vietnam et l'Angola",
                "Le secrétaire général a reçu lundi 15 septembre une délégation du parti angolais.",
                "Il a félicité le parti pour sa victoire aux élections législatives de 2022."));
    }

    @Test
    void coordinatedForeignLeadersSendOneMessageEach() {
        assertEquals(List.of(Set.of("Luong Cuong", "Hakainde Hichilema"), Set.of("Luong Cuong", "Peter Mutharika")),
                TestArticles.facts("2025-11", "Des vœux pour le président vietnamien",
                        "Le président de Zambie, Hakainde Hichilema, et le président du Malawi, Peter Mutharika, "
                                + "ont aussi envoyé une lettre de félicitations au président Luong Cuong.")
                        .facts(Contract.EVENTS).stream().map(e -> Set.copyOf(e.participants())).toList());
    }

    @Test
    void congratulationsReceivedAreAMessageNotAMeeting() {
        assertEquals(List.of("message 2023-12"), events("2023-12", "Le Vietnam et l'Éthiopie",
                "Le président de l'Assemblée nationale a reçu des félicitations de son homologue éthiopien."));
        assertEquals(List.of("message 2023-12"), events("2023-12", "Le Vietnam et l'Éthiopie",
                "Le Premier ministre vietnamien a été congratulé par le Premier ministre éthiopien."));
        assertEquals(List.of("message 2023-12"), events("2023-12", "Le Vietnam et l'Éthiopie",
                "Le ministre des Affaires étrangères a reçu les compliments de son homologue éthiopien."));
    }

    @Test
    void eventsToComeInTheNearFutureAreNoEvents() {
        assertEquals(List.of("meeting 2024-10-08"), events("2024-10", "Le Vietnam et le Ghana",
                "Le président a reçu le 8 octobre le ministre ghanéen, qui va ensuite rencontrer le Premier ministre "
                        + "et va effectuer une visite à Da Nang."));
    }

    @Test
    void aVisitFromOneMonthToTheNextIsDatedByItsFirstDay() {
        assertEquals(List.of("visit 2024-07-31"), events("2024-08", "Le Vietnam et l'Ouganda",
                "Du 31 juillet au 3 août, la vice-présidente a effectué une visite officielle en Ouganda."));
        assertEquals(List.of("visit 2024-02-28"), events("2025-01", "Le Vietnam et le Portugal",
                "Le ministre a rappelé la visite d'État effectuée à Lisbonne du 28 février au 2 mars 2024."));
        assertEquals(List.of("visit 2025-03-12"), events("2025-03", "Le Vietnam et le Portugal",
                "Le ministre portugais a effectué une visite de travail au Vietnam du 12 au 14 mars."));
    }

    @Test
    void aSummitOrConferenceNamedOnlyAsTheSettingOfAMeetingIsNoEvent() {
        assertEquals(List.of("meeting 2023-09-05"), events("2023-09", "Le Vietnam et l'Indonésie",
                "En marge du Sommet de l'ASEAN à Jakarta, le Premier ministre a rencontré le 5 septembre le "
                        + "président indonésien."));
        assertEquals(List.of("meeting 2023-09-21"), events("2023-09", "Le Vietnam et le Canada",
                "Le ministre a rencontré le 21 septembre son homologue canadienne en marge de la conférence des "
                        + "Nations unies sur le climat."));
    }

    @Test
    void aDialoguePartnerIsAStatusNotADialogue() {
        assertEquals(List.of("meeting 2023-09"), events("2023-09", "Le Vietnam et l'Égypte",
                "Le président a reçu l'ambassadeur égyptien, qui a souhaité que le Vietnam aide son pays à devenir "
                        + "partenaire de dialogue de l'ASEAN."));
    }

    @Test
    void aVisitNamedAsTheSettingOfAMeetingIsStillAVisit() {
        assertEquals(List.of("visit 2023-09", "meeting 2023-09-12"), events("2023-09", "Le Vietnam et le Japon",
                "En marge de sa visite officielle au Japon, le Premier ministre a rencontré le 12 septembre des "
                        + "chefs d'entreprise japonais."));
    }

    @Test
    void aNationalDayReceptionIsAConference() {
        assertEquals(List.of("conference 2025-09-03"), events("2025-09", "Le Vietnam et la Grèce",
                "L'ambassade du Vietnam en Grèce a offert le 3 septembre à Athènes une réception pour célébrer le "
                        + "80e anniversaire de la Fête nationale du Vietnam."));
        assertEquals(List.of("conference 2024-09-05"), events("2024-09", "Le Vietnam et l'Égypte",
                "Le 5 septembre, l'ambassade du Vietnam au Caire a organisé une réception à l'occasion de la Fête "
                        + "nationale, en présence du vice-ministre égyptien des Affaires étrangères."));
    }

    @Test
    void aRangeOfDaysDatesTheVisitNearItNotTheEventAfterIt() {
        assertEquals(List.of("meeting 2024-03-12", "visit 2024-03-11", "signing 2024-03-12"), events("2024-03",
                "Le Vietnam et le Chili",
                "Le président a reçu mardi 12 mars le ministre chilien, en visite du 11 au 14 mars, avant d'assister "
                        + "avec lui à la signature d'un accord."));
    }

    @Test
    void oneSigningSentenceListingSeveralDocumentsIsOneSigning() {
        assertEquals(List.of("signing 2025-06"), events("2025-06", "Le Vietnam et la Slovaquie",
                "Les deux parties ont ensuite signé trois documents : un accord sur l'exemption de visa signé par "
                        + "les ministres des Affaires étrangères Bui Thanh Son et Juraj Blanar, un mémorandum "
                        + "d'entente sur l'agriculture signé par les ministres de l'Agriculture, et un protocole sur "
                        + "la culture."));
        assertEquals(List.of("meeting 2025-06", "signing 2025-06"), events("2025-06", "Le Vietnam et la Slovaquie",
                "Après leurs entretiens, les deux dirigeants ont assisté à la signature de plusieurs documents, dont "
                        + "un accord sur l'éducation, signé par les deux ministres, et un mémorandum sur la santé, "
                        + "signé par les vice-ministres."));
    }

    @Test
    void aMeetingToldInTheTitleAndAgainInTheLeadIsOneMeeting() {
        assertEquals(List.of("meeting 2025-03-05", "visit 2025-03"), events("2025-03",
                "Pham Minh Chinh reçoit la ministre japonaise des Affaires étrangères",
                "Hanoï, 5 mars (VNA) – Le Premier ministre a reçu mercredi 5 mars à Hanoï la ministre japonaise des "
                        + "Affaires étrangères, Yoko Kamikawa, en visite de travail au Vietnam.",
                "Le Premier ministre Pham Minh Chinh a salué le dynamisme des relations entre les deux pays."));
    }

    @Test
    void aMeetingNamedByAnOpeningPhraseIsTheMeetingToldBefore() {
        assertEquals(List.of("meeting 2025-03-04"), events("2025-03", "Le Vietnam et la Finlande",
                "Le président de l'Assemblée nationale Tran Thanh Man a reçu mardi 4 mars l'ambassadeur de "
                        + "Finlande, Keijo Norvanto.",
                "Au cours de la séance de travail, Keijo Norvanto a évoqué les liens du président finlandais "
                        + "Alexander Stubb avec le Vietnam."));
        assertEquals(List.of("meeting 2025-03-05", "message 2025-03-05"), events("2025-03", "Le Vietnam et le Japon",
                "Le Premier ministre Pham Minh Chinh a reçu le 5 mars la ministre japonaise Yoko Kamikawa.",
                "Pendant l'audience, Pham Minh Chinh a transmis ses salutations au Premier ministre japonais "
                        + "Fumio Kishida."));
    }

    @Test
    void twoLeadersOfOneStateInOneMessageSentenceSendOneMessageEach() {
        assertEquals(List.of(Set.of("Thongloun Sisoulith", "Luong Cuong"), Set.of("Sonexay Siphandone",
                "Luong Cuong")), TestArticles.facts("2025-09", "Le Laos félicite le Vietnam",
                "Le président lao Thongloun Sisoulith et le Premier ministre Sonexay Siphandone ont adressé le 1er "
                        + "septembre des messages de félicitations au président vietnamien Luong Cuong.")
                .facts(Contract.EVENTS).stream().map(e -> Set.copyOf(e.participants())).toList());
    }

    @Test
    void sendersListedRespectivelySendOneMessageEach() {
        assertEquals(List.of("message 2025-09", "message 2025-09", "message 2025-09"), events("2025-09",
                "Des félicitations au Cambodge",
                "Le président Luong Cuong, le Premier ministre Pham Minh Chinh et le président de l'Assemblée "
                        + "nationale Tran Thanh Man ont adressé respectivement des messages de félicitations au roi "
                        + "Norodom Sihamoni, au Premier ministre Hun Manet et au président du Sénat Hun Sen."));
    }

    @Test
    void messagesExchangedByLeadersOfTwoStatesAreOneMessage() {
        assertEquals(List.of("message 2021-10-11"), events("2021-10", "La Suisse et le Vietnam",
                "Le président Nguyên Xuân Phuc et le président de la Confédération suisse, Guy Parmelin, ont "
                        + "échangé lundi 11 octobre des messages de félicitations."));
    }

    @Test
    void aSentenceSayingSomeoneDidTheSameRepeatsTheEventBeforeForThem() {
        assertEquals(List.of(Set.of("Nguyen Van Hoa", "Juan Perez"), Set.of("Tran Thi Lan", "Ana Gomez")),
                TestArticles.facts("2024-09", "Le Vietnam félicite le Chili",
                        "Le 17 septembre, le président vietnamien Nguyen Van Hoa a adressé un message de "
                                + "félicitations au président chilien Juan Perez.",
                        "Le même jour, la ministre vietnamienne des Affaires étrangères Tran Thi Lan a fait de même "
                                + "auprès de son homologue chilienne Ana Gomez.")
                        .facts(Contract.EVENTS).stream().map(e -> Set.copyOf(e.participants())).toList());
        assertEquals(List.of("message 2024-09-17", "message 2024-09-17"), events("2024-09", "Le Vietnam et le Chili",
                "Le 17 septembre, le Premier ministre a envoyé une lettre au Premier ministre chilien.",
                "Le ministre des Affaires étrangères en a fait autant."));
    }

    @Test
    void anEventAnnouncedInTheFutureTenseIsNoEvent() {
        assertEquals(List.of("visit 2023-05-10"), events("2023-05", "Le Vietnam et l'Autriche",
                "Le président autrichien est arrivé le 10 mai à Hanoï pour une visite d'État.",
                "Il aura des entretiens avec le président vietnamien et assistera à un forum d'affaires.",
                "Il rencontrera également des étudiants autrichiens."));
    }

    @Test
    void aCelebrationIsAConference() {
        assertEquals(List.of("conference 2022-03"), events("2022-03", "Le Vietnam et le Pérou",
                "L'ambassade du Vietnam au Pérou a organisé à Lima la célébration du 28e anniversaire des relations "
                        + "diplomatiques."));
    }

    @Test
    void receivingSomeoneIsAMeeting() {
        assertEquals(List.of("meeting 2022-03"), events("2022-03", "Le Vietnam et le Pérou",
                "C'est ce qu'a dit le ministre de la Santé en recevant à Hanoï son homologue péruvien."));
    }

    @Test
    void theLastWordOfANameCountsOnlyWrittenWithItsCapital() {
        assertEquals(List.of(Set.of("Pedro Sousa", "Ana Paula Que"), Set.of("Pedro Sousa")), TestArticles.facts(
                "2021-04", "Le Vietnam et l'Angola",
                "Le ministre angolais des Affaires étrangères Pedro Sousa a été reçu le 2 avril à Hanoï par la "
                        + "vice-ministre Ana Paula Que.",
                "Le 3 avril, le ministre Pedro Sousa a rencontré des étudiants ainsi que des entrepreneurs.")
                .facts(Contract.EVENTS).stream().map(e -> Set.copyOf(e.participants())).toList());
    }

    @Test
    void couplesOfLeadersOfTwoStatesListedAsOneSubjectExchangeOneMessagePerCouple() {
        assertEquals(List.of(Set.of("Nguyen Van An", "Jonas Berg"), Set.of("Pham Van Binh", "Erik Lund"),
                Set.of("Tran Thi Cuc", "Maria Holm")), TestArticles.facts("2023-05", "Le Vietnam et la Norvège",
                "À l'occasion du 50e anniversaire des relations diplomatiques, le président Nguyen Van An a échangé "
                        + "des messages de félicitations avec le roi de Norvège, Jonas Berg.",
                "À cette occasion, le Premier ministre Pham Van Binh et son homologue norvégien Erik Lund, la "
                        + "ministre vietnamienne des Affaires étrangères, Tran Thi Cuc, et la ministre norvégienne "
                        + "des Affaires étrangères, Maria Holm, ont également échangé des messages de félicitations.")
                .facts(Contract.EVENTS).stream().map(e -> Set.copyOf(e.participants())).toList());
    }

    @Test
    void aTitleThatNamesBothSidesTellsItsOwnEvent() {
        assertEquals(List.of("message 2023-05", "message 2023-05"), events("2023-05",
                "Le président Nguyen Van An a échangé des messages de félicitations avec le roi Jonas Berg",
                "Le Premier ministre Pham Van Binh et son homologue norvégien Erik Lund ont aussi échangé des "
                        + "messages de félicitations."));
    }

    @Test
    void aWelcomeCeremonyBeforeTalksIsTwoMeetingsAndTheRangeNearTheTalksStillDatesTheVisit() {
        assertEquals(List.of("meeting 2019-06-04", "visit 2019-06-03", "meeting 2019-06-04"), events("2019-06",
                "Le Vietnam et l'Irlande",
                "Le président a présidé mardi 4 juin à Hanoï la cérémonie d'accueil officielle du Premier ministre "
                        + "irlandais, en visite officielle au Vietnam du 3 au 5 juin, avant de s'entretenir avec "
                        + "lui."));
    }

    @Test
    void talksSomeoneMustHoldAreAPlan() {
        assertEquals(List.of("visit 2019-06-03"), events("2019-06", "Le Vietnam et l'Irlande",
                "Le Premier ministre irlandais est arrivé le 3 juin à Hanoï pour une visite officielle.",
                "Il doit s'entretenir mercredi avec son homologue vietnamien."));
    }

    @Test
    void aMessageSaidToBeSignedIsAMessageNotASigning() {
        assertEquals(List.of("message 2021-03-08"), events("2021-03", "Le Vietnam et la Slovaquie",
                "Le 8 mars, une lettre de félicitations signée par le président vietnamien a été remise au président "
                        + "slovaque."));
        assertEquals(List.of("signing 2021-03", "message 2021-03"), events("2021-03", "Le Vietnam et la Slovaquie",
                "Les deux ministres ont échangé des messages, puis ont signé un accord sur l'éducation."));
    }

    @Test
    void aVisitNamedAgainByANounWithoutDateIsTheVisitToldBeforeWhoeverItsSentenceNames() {
        assertEquals(List.of("visit 2022-05-16"), events("2022-05", "Le Vietnam et le Portugal",
                "Le ministre Bui Thanh Son effectue une visite officielle au Portugal du 16 au 18 mai.",
                "Selon l'ambassadeur du Vietnam au Portugal, Tran Van Tuan, cette visite ouvre une nouvelle étape."));
    }

    @Test
    void aDocumentDescribedAsSignedWithoutDateIsNoSigningButOneSignedThatDayIs() {
        assertEquals(List.of("meeting 2022-10-04"), events("2022-10", "Le Vietnam et la Roumanie",
                "Le 4 octobre, les deux ministres se sont entretenus et ont réaffirmé les principes du traité "
                        + "d'amitié signé entre les deux pays."));
        assertEquals(List.of("meeting 2022-10-04", "signing 2022-10-05"), events("2022-10",
                "Le Vietnam et la Roumanie",
                "Le 4 octobre, les deux ministres se sont entretenus.",
                "Un mémorandum sur la santé signé le 5 octobre complète leurs accords."));
    }

    @Test
    void aPoliticalConsultationHeldIsAConference() {
        assertEquals(List.of("conference 2019-04-09"), events("2019-04", "Le Vietnam et l'Uruguay",
                "Le Vietnam et l'Uruguay ont tenu le 9 avril à Montevideo leur 3e consultation politique au niveau "
                        + "des vice-ministres."));
    }

    @Test
    void aSigningCeremonyWithoutDateAfterTalksIsHeldAtThemButASigningDuringTheVisitIsTheVisits() {
        assertEquals(List.of("meeting 2020-02-11", "signing 2020-02-11"), events("2020-02", "Le Vietnam et le Chili",
                "Le Premier ministre s'est entretenu le 11 février avec son homologue chilien.",
                "Les deux chefs de gouvernement ont assisté à la signature d'un accord sur l'éducation."));
        assertEquals(List.of("meeting 2020-02-11", "visit 2020-02", "signing 2020-02"), events("2020-02",
                "Le Vietnam et le Chili",
                "Le Premier ministre s'est entretenu le 11 février avec son homologue chilien.",
                "Au cours de la visite, les deux parties ont signé un accord sur l'éducation."));
    }

    @Test
    void anExchangeProgrammeOrganisedIsAConference() {
        assertEquals(List.of("conference 2023-06-02"), events("2023-06", "Le Vietnam et le Cambodge",
                "Les ambassades du Vietnam et du Cambodge au Japon ont organisé le 2 juin à Tokyo un programme "
                        + "d'échange en l'honneur du 56e anniversaire des relations diplomatiques."));
    }

    @Test
    void congratulationsDuringACallTakeItsDayNotTheDayOfTheirReason() {
        assertEquals(List.of("phone-call 2021-10-04", "message 2021-10-04"), events("2021-10",
                "Le Vietnam et la Norvège",
                "Lundi 4 octobre, le Premier ministre a eu un entretien téléphonique avec le Premier ministre "
                        + "norvégien, qu'il a félicité pour sa victoire aux élections le 13 septembre."));
    }

    @Test
    void aTitlesVisitToldAgainInTheBodyIsNotMergedWithAVisitRecalledFromTheOtherSide() {
        assertEquals(List.of("visit 2021-05", "visit 2019-04-05"), events("2021-05",
                "La ministre Tran Thi Mai achève sa visite de travail en Irlande",
                "La ministre Tran Thi Mai s'est rendue en Irlande pour une visite de travail.",
                "Le ministre irlandais Sean Byrne s'était rendu au Vietnam le 5 avril 2019 pour une visite de "
                        + "travail."));
    }

    @Test
    void aMechanismOrChannelNamedIsNoConference() {
        assertEquals(List.of(), events("2021-04", "Le Vietnam et la Norvège",
                "Les deux ministres ont décidé d'étudier la mise en place d'un mécanisme de consultation politique."));
        assertEquals(List.of(), events("2021-04", "Le Vietnam et la Norvège",
                "Il a invité les deux parties à renforcer les mécanismes de coopération et de dialogue existants."));
        assertEquals(List.of("conference 2021-04-08"), events("2021-04", "Le Vietnam et la Norvège",
                "Les deux pays ont tenu le 8 avril à Oslo leur première consultation politique."));
    }

    @Test
    void aDemonstrativeNamesAnEventToldBeforeNotANewOne() {
        assertEquals(List.of("meeting 2019-05-14", "message 2019-05-14"), events("2019-05", "Le Vietnam et la Suède",
                "Le nouvel ambassadeur du Vietnam a présenté le 14 mai à Stockholm ses lettres de créance au roi.",
                "Lors de cette réception, le roi a félicité l'ambassadeur pour sa nomination."));
        assertEquals(List.of("conference 2019-05-14"), events("2019-05", "Le Vietnam et la Suède",
                "Une cérémonie a été organisée le 14 mai à Stockholm par l'ambassade du Vietnam.",
                "Présente à cette cérémonie, la ministre suédoise Eva Lind a salué l'amitié entre les deux pays."));
    }

    @Test
    void credentialsPresentedAreOneAudienceWhateverTheyAreCalled() {
        assertEquals(List.of("meeting 2020-09-03"), events("2020-09", "Le Vietnam et le Pérou",
                "L'ambassadeur du Vietnam a présenté le 3 septembre ses lettres de créances au président péruvien."));
        assertEquals(List.of("meeting 2020-09"), events("2020-09", "Le Vietnam et le Pérou",
                "Le président péruvien a eu un entretien avec l'ambassadeur du Vietnam à l'issue de la cérémonie de "
                        + "présentation des lettres de créance."));
    }

    @Test
    void anEventAPossibilityOrAnOpeningForecastPlansIsNoEvent() {
        assertEquals(List.of(), events("2020-05", "Le Vietnam et la Nouvelle-Zélande",
                "Les deux ministres ont parlé de la coopération au cours du trimestre, en évoquant la possibilité "
                        + "d'une conférence en ligne en 2020."));
        assertEquals(List.of(), events("2020-05", "Le Vietnam et la Nouvelle-Zélande",
                "Selon les prévisions, la ministre néo-zélandaise conduira en octobre une délégation d'entreprises "
                        + "du secteur agricole pour effectuer une visite de travail au Vietnam."));
    }

    @Test
    void talksWithSeveralCounterpartsCoordinatedAreOneMeetingEach() {
        assertEquals(List.of("meeting 2018-09", "meeting 2018-09", "meeting 2018-09"), events("2018-09",
                "Le Vietnam et le Népal",
                "La présidente du Parlement népalais a effectué une visite officielle au Vietnam.",
                "Elle s'est entretenue avec son homologue, mais aussi avec le président vietnamien, Tran Van Dao, "
                        + "et le Premier ministre vietnamien, Nguyen Minh Hoa.").stream()
                .filter(e -> e.startsWith("meeting")).toList());
        assertEquals(List.of("meeting 2018-09"), events("2018-09", "Le Vietnam et le Népal",
                "Le ministre s'est entretenu avec son homologue népalais de la coopération avec les pays voisins."));
    }

    @Test
    void eachSenderOfAMessageToldOfTheirOwnSendsOne() {
        assertEquals(List.of("message null", "message null", "message null"), events(null,
                "Le Vietnam, la Norvège et l'Islande",
                "Le président Tran Van Dao a adressé un message de félicitations au roi de Norvège, Harald Lund.",
                "Le Premier ministre Nguyen Van Long a de son côté félicité la Première ministre norvégienne, Erna "
                        + "Berg.",
                "Le ministre des Affaires étrangères Pham Van Khoa a pour sa part félicité le président islandais, "
                        + "Olaf Ragnarsson."));
    }

    @Test
    void aSemicolonListOfSendersSendsOneMessageEach() {
        assertEquals(4, events(null, "Félicitations au président de l'Assemblée nationale",
                "Le président de l'Assemblée nationale a aussi été congratulé par le président du Sénat français, "
                        + "Paul Martin; la présidente du Parlement belge, Anne Dupuis; le président du Parlement "
                        + "suisse, Marc Keller; et le président du Parlement du Luxembourg, Jean Weber.").stream()
                .filter(e -> e.startsWith("message")).count());
    }

    @Test
    void congratulationsSaidAtACeremonyTakeItsDay() {
        assertEquals(List.of("conference 2022-09-06", "message 2022-09-06"), events("2022-09",
                "Le Vietnam et la Norvège",
                "Le prince héritier de Norvège a félicité le peuple vietnamien et a salué le développement "
                        + "remarquable des relations d'amitié et de coopération entre les deux pays lors d'une "
                        + "cérémonie organisée le 6 septembre par l'ambassade du Vietnam à Oslo."));
    }

    @Test
    void aRangeAcrossTwoMonthsGivesItsFirstDay() {
        assertEquals(List.of("visit 2017-04-29"), events("2017-05", "Le Vietnam et le Japon",
                "Le Premier ministre japonais a achevé ce mardi 2 mai sa visite officielle du 29 avril au 2 mai au "
                        + "Vietnam."));
    }

    @Test
    void credentialsPresentedAtAnAudienceAreThatAudience() {
        assertEquals(List.of("meeting --04-07"), events(null, "Le Vietnam et l'Égypte",
                "En recevant le 7 avril l'ambassadeur du Vietnam, qui est venu lui présenter ses lettres de créance, "
                        + "le président égyptien a salué l'amitié entre les deux pays."));
    }

    @Test
    void talksHeldByPhoneWithWordsBetweenAreOneCall() {
        assertEquals(List.of("phone-call 2021-07"), events("2021-07", "Le Vietnam et l'Italie",
                "Le ministre s'est entretenu, ce jeudi, par téléphone avec son homologue italien."));
    }

    @Test
    void anEventTheNextSentenceTellsAfterwardsTakesTheDayOfTheOneBefore() {
        assertEquals(List.of("meeting 2026-03-19", "conference 2026-03-19"), events("2026-03",
                "Le Vietnam et le Pérou",
                "Le 19 mars, le vice-Premier ministre Vo Van Tam a reçu l'ambassadeur du Pérou, Luis Rojas.",
                "Il a ensuite assisté à un séminaire sur la pêche durable."));
    }

    @Test
    void meetingsHeldWithAListOfCounterpartsAreOnePerCounterpart() {
        assertEquals(List.of("meeting 2023-04", "meeting 2023-04", "meeting 2023-04"), events("2023-04",
                "Le Vietnam et la Bulgarie",
                "Pendant son séjour, la ministre bulgare a eu des rencontres avec le président de la République Vo "
                        + "Van Son, le Premier ministre Lê Quang Dao et le président de l'Assemblée nationale "
                        + "Trân Duc Hai."));
    }

    @Test
    void hostsMeetingAGuestSeparatelyHoldOneMeetingEach() {
        assertEquals(List.of("meeting 2023-04", "meeting 2023-04"), events("2023-04", "Le Vietnam et la Bulgarie",
                "Le Premier ministre Lê Quang Dao et le président de l'Assemblée nationale Trân Duc Hai ont eu "
                        + "séparément des entretiens avec le président bulgare Ivan Petrov."));
    }

    @Test
    void talksWithOneCounterpartOrTalksNamedAsOneStayOneMeeting() {
        assertEquals(List.of("meeting 2023-04"), events("2023-04", "Le Vietnam et la Bulgarie",
                "Le Premier ministre Lê Quang Dao a eu des entretiens avec son homologue bulgare Ivan Petrov."));
        assertEquals(List.of("meeting 2023-04-10", "meeting 2023-04-11"), events("2023-04", "Le Vietnam et le Qatar",
                "Le 10 avril, l'émir du Qatar, Cheikh Tamim Al-Thani, a reçu le Premier ministre Lê Quang Dao.",
                "Le 11 avril, Lê Quang Dao a eu des entretiens avec le Premier ministre qatari, Cheikh Khalid "
                        + "Al-Thani."));
        assertEquals(List.of("meeting 2023-04-12"), events("2023-04", "Le Vietnam et la Bulgarie",
                "Le président Vo Van Son et le Premier ministre bulgare Ivan Petrov ont eu des entretiens le 12 "
                        + "avril à Sofia."));
    }

    @Test
    void aSessionSomeoneWillChairIsNoEvent() {
        assertEquals(List.of("visit 2023-03"), events("2023-03", "Le Vietnam et le Laos",
                "Le vice-Premier ministre Lê Quang Dao est arrivé mardi à Vientiane pour une visite officielle, "
                        + "où il coprésidera la 12e session du Comité mixte les 14 et 15 mars."));
    }

    @Test
    void theReceptionOfAPersonIsTheAudienceNotAParty() {
        assertEquals(List.of("meeting 2024-02-06"), events("2024-02", "Le Vietnam et le Japon",
                "Le président de l'Assemblée nationale Trân Duc Hai a reçu le 6 février à Hanoï des dirigeants "
                        + "d'entreprises japonaises.",
                "Lors de la réception de Taro Yamada, président du groupe Sakura, Trân Duc Hai a salué ses "
                        + "investissements."));
        assertEquals(List.of("conference 2024-02-06"), events("2024-02", "Le Vietnam et le Japon",
                "L'ambassade du Japon a offert le 6 février à Hanoï une réception pour la fête nationale."));
    }

    @Test
    void visitsInThePluralNamingNoOneAndNoDateAreNoEvent() {
        assertEquals(List.of(), events("2024-02", "Le Vietnam et la Norvège",
                "Des visites de délégations parlementaires ont été effectuées chaque année."));
        assertEquals(List.of("visit 2023-05"), events("2024-02", "Le Vietnam et la Norvège",
                "L'ambassadrice a rappelé les visites du Premier ministre Jonas Berg au Vietnam en mai 2023."));
    }

    @Test
    void hostingACountOfVisitorsIsNoMeeting() {
        assertEquals(List.of(), events("2018-05", "Le Vietnam et la Suède",
                "En 2017, le Vietnam a accueilli environ 50.000 visiteurs suédois."));
    }

    @Test
    void aDayRightAfterAMeetingVerbIsNoCountOfVisitors() {
        List<String> found = events("2024-07", "Le Vietnam et le Chili",
                "Le ministre Lê Quang Dao a reçu du 7 au 8 juillet à Hanoï le ministre chilien Paul Rojas.");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("meeting 2024-07"), found::toString);
    }

    @Test
    void anEventDatedAfterTheArticleHasNotHappened() {
        assertEquals(List.of("meeting 2019-07"), events("2019-07", "Le Vietnam et la France",
                "Le ministre Lê Quang Dao s'est entretenu avec le député français Paul Martin.",
                "Ils ont discuté de la célébration du centenaire de l'association en 2020."));
    }

    @Test
    void aDialogueHeldThroughAMechanismNamedAfterItIsNoSession() {
        assertEquals(List.of(), events("2021-04", "Le Vietnam et le Canada",
                "La ministre a salué les résultats du dialogue régulier et franc via le mécanisme du Conseil "
                        + "conjoint du commerce."));
    }

    @Test
    void theExchangeOfSignedDocumentsIsASigning() {
        assertEquals(List.of("signing 2024-09"), events("2024-09", "Le Vietnam et la Norvège",
                "Les deux ministres ont assisté à l'échange d'accords de coopération entre des entreprises des deux "
                        + "pays."));
    }
}
