package readout.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static readout.extract.Fixtures.extract;
import static readout.extract.Fixtures.names;
import static readout.extract.Fixtures.participant;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

    @Test
    void titledNamesAreFoundWithRoleAliasesAndCountry() {
        Extraction x = extract("HÀ NỘI — General Secretary of the Communist Party of Việt Nam (CPV) Central Committee Nguyễn Phú Trọng "
                + "held talks with First Secretary of the Central Committee of the Communist Party of Cuba (CPC) and President of Cuba "
                + "Miguel Diaz-Canel Bermudez. Trọng said ties were strong. Diaz-Canel said he agreed.");
        assertEquals(List.of("Nguyễn Phú Trọng", "Miguel Diaz-Canel Bermudez"), names(x));
        Participant t = participant(x, "Nguyễn Phú Trọng");
        assertEquals("General Secretary of the Communist Party of Việt Nam (CPV) Central Committee", t.role());
        assertEquals("Việt Nam", t.affiliation());
        assertTrue(t.aliases().contains("Trọng"), t.aliases().toString());
        Participant d = participant(x, "Miguel Diaz-Canel Bermudez");
        assertEquals("Cuba", d.affiliation());
        assertTrue(d.aliases().contains("Diaz-Canel"), d.aliases().toString());
    }

    @Test
    void diacriticsAndTheirAbsenceNameTheSamePerson() {
        Extraction x = extract("President of Cuba Miguel Díaz-Canel met reporters. Diaz-Canel said the talks went well.");
        assertEquals(List.of("Miguel Díaz-Canel"), names(x));
        assertEquals(List.of("Miguel Díaz-Canel"), Fixtures.statementWithText(x, "talks went well").speakers());
    }

    @Test
    void accentedNamesAreNotTheEnglishWordsTheyFoldTo() {
        // "Tô" folds to "to" and "Lê" to "le"; written with their accents they are family names
        Extraction x = extract("HÀ NỘI — Party General Secretary Tô Lâm met State President Lê Văn Sơn on Monday. "
                + "Lâm said the talks were fruitful.");
        assertEquals(List.of("Tô Lâm", "Lê Văn Sơn"), names(x));
        assertEquals("Party General Secretary", participant(x, "Tô Lâm").role());
        assertEquals(List.of("Tô Lâm"), Fixtures.statementWithText(x, "talks were fruitful").speakers());
    }

    @Test
    void aTitleInAnAppositiveAfterTheNameIsEvidence() {
        Extraction x = extract("HÀ NỘI — Party General Secretary Tô Lâm on Monday received Thongloun Sisoulith, General Secretary "
                + "of the Lao People's Revolutionary Party and President of Laos, in Hà Nội. The Lao leader thanked Việt Nam for its support.");
        assertEquals(List.of("Tô Lâm", "Thongloun Sisoulith"), names(x));
        Participant t = participant(x, "Thongloun Sisoulith");
        assertEquals("General Secretary of the Lao People's Revolutionary Party and President of Laos", t.role());
        assertEquals(List.of("Thongloun Sisoulith"), Fixtures.statementWithText(x, "for its support").speakers());
    }

    @Test
    void aPlaceOfSeveralWordsAfterATitledNameIsNoPerson() {
        Extraction x = extract("HÀ NỘI — Minister of Foreign Affairs Bùi Thanh Sơn held talks with Singaporean Minister for Foreign "
                + "Affairs Vivian Balakrishnan in Hà Nội on Tuesday, and later visited Ho Chi Minh City.");
        assertEquals(List.of("Bùi Thanh Sơn", "Vivian Balakrishnan"), names(x));
    }

    @Test
    void aStateAfterATownIsNoPersonEvenAfterATitledName() {
        Extraction x = extract("President Joseph R. Biden, Jr. met today with President Xi Jinping of the People's Republic of China "
                + "in Woodside, California. The two leaders affirmed the need to address the risks of AI.");
        assertEquals(List.of("Joseph R. Biden", "Xi Jinping"), names(x));
        assertEquals(List.of("Joseph R. Biden", "Xi Jinping"), Fixtures.statementWithText(x, "risks of AI").speakers());
    }

    @Test
    void aTitleAfterAndBelongsToTheNextPersonButAnOrganizationsAndDoesNotEndATitle() {
        Extraction x = extract("MANILA — Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara signed the agreement. "
                + "Vice Chairman Nguyen Duc Hai received Chairman of the House Committee on Ways and Means Jason Smith.");
        assertEquals("Japanese Foreign Minister", participant(x, "Yoko Kamikawa").role());
        assertEquals("Defence Minister", participant(x, "Minoru Kihara").role());
        assertEquals("Chairman of the House Committee on Ways and Means", participant(x, "Jason Smith").role());
    }

    @Test
    void placesOrganizationsAndSentenceOpenersAreNotPeople() {
        Extraction x = extract("In Chicago, thousands marched in Logan Square. Vietnam Airlines signed a deal with Boeing. "
                + "The Belt and Road Initiative was discussed at the Office of the Government in Hanoi.");
        assertTrue(x.participants().isEmpty(), names(x).toString());
    }

    @Test
    void roleWordsAppositivesAndCoordinationAreEvidence() {
        Extraction x = extract("Police officer Zachary Delong fired. Chris Davis, deputy police chief, spoke to reporters. "
                + "The Portland mayor, Ted Wheeler, was there. Congressman Brad Sherman and Steve Chabot wrote a letter. "
                + "North Korean leader Kim Jong-un and South Korean President Moon Jae-in met.");
        assertEquals(List.of("Zachary Delong", "Chris Davis", "Ted Wheeler", "Brad Sherman", "Steve Chabot", "Kim Jong-un", "Moon Jae-in"),
                names(x));
        assertEquals("deputy police chief", participant(x, "Chris Davis").role());
        assertEquals("North Korea", participant(x, "Kim Jong-un").affiliation());
    }

    @Test
    void aTitleEndsWhereAnotherPersonsNameStands() {
        Extraction x = extract("Foreign Secretary Sohail Mahmood and Afghan Deputy Foreign Minister Idrees Zaman led the talks.");
        assertEquals("Afghan Deputy Foreign Minister", participant(x, "Idrees Zaman").role());
        assertEquals("Afghanistan", participant(x, "Idrees Zaman").affiliation());
    }

    @Test
    void aMisspeltSurnameNextToTheColleagueIsAnAlias() {
        Extraction x = extract("Congressman Brad Sherman and Steve Chabot wrote a letter. According to Berman and Chabot, the reform "
                + "will help insurers.");
        assertEquals(List.of("Brad Sherman", "Steve Chabot"), names(x));
        assertTrue(participant(x, "Brad Sherman").aliases().contains("Berman"));
    }

    @Test
    void namesListedAfterAPluralTitleTakeTheCountriesInOrder() {
        Extraction x = extract("Foreign Ministers of Uzbekistan and Kyrgyzstan, Abdulaziz Kamilov and Erlan Abdyldaev, met in Bishkek. "
                + "The Uzbek FM invited his Kyrgyz counterpart to a conference.");
        assertEquals("Uzbekistan", participant(x, "Abdulaziz Kamilov").affiliation());
        assertEquals("Kyrgyzstan", participant(x, "Erlan Abdyldaev").affiliation());
        assertEquals(List.of("Abdulaziz Kamilov"), Fixtures.statementWithText(x, "counterpart").speakers());
    }

    @Test
    void aSharedSurnameIsNotANewPerson() {
        Extraction x = extract("Trọng invited former leader Raul Castro to visit. He praised President Fidel Castro. Castro was not there.");
        assertEquals(List.of("Raul Castro", "Fidel Castro"), names(x));
        assertFalse(names(x).contains("Castro"));
    }

    @Test
    void abbreviatedTitlesWithAPeriod() {
        Extraction x = extract("Mr. Blinken met Sen. Chris Murphy and Dr. Tedros Adhanom Ghebreyesus. Blinken said talks went well.");
        assertEquals(List.of("Blinken", "Chris Murphy", "Tedros Adhanom Ghebreyesus"), names(x));
        assertEquals(List.of("Blinken"), Fixtures.statementWithText(x, "talks went well").speakers());
    }

    @Test
    void aMonthAfterAGivenNameIsAFamilyName() {
        Extraction x = extract("Chancellor Julia May spoke on Tuesday with President Anton Weiss. In May the two met in Vienna, "
                + "and on 3 June they agreed to meet again.");
        assertEquals(List.of("Julia May", "Anton Weiss"), names(x));
    }

    @Test
    void aNameThatMeetsOrCallsIsAPersonWithoutATitle() {
        Extraction x = extract("On Monday Ilse Brandt had a telephone conversation with the mayor. Marek Nowak met them later. "
                + "Greenfield Holdings said it had no comment.");
        assertEquals(List.of("Ilse Brandt", "Marek Nowak"), names(x));
    }

    @Test
    void lowerCaseRolesJoinedByAndAreOneRoleWithoutTheCompanyBeforeThem() {
        Extraction x = extract("Brightwater Mining chairman and chief executive Omar Haddad said output rose. "
                + "The chief executive said costs would fall.");
        assertEquals("chairman and chief executive", participant(x, "Omar Haddad").role());
        assertEquals(List.of("Omar Haddad"), Fixtures.statementWithText(x, "costs would fall").speakers());
    }
}
