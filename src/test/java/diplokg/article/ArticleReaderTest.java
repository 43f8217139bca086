package diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path folder;

    private final ArticleReader reader = new ArticleReader();

    private static List<String> paragraphs(Article article) {
        return article.paragraphs().stream().map(TextBlock::text).toList();
    }

    private String rejection(Path file) {
        return assertThrows(ArticleFormatException.class, () -> reader.read(file)).getMessage();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsDateHeaderTitleAndParagraphs() throws IOException {
        Path file = write("001_x.txt", " date 2025-03 Le Vietnam et l'Inde renforcent leurs liens\n\n"
                + "Premier paragraphe.\n\nSecond paragraphe.\n");
        Article article = reader.read(file);
        assertEquals("001_x", article.id());
        assertEquals(Optional.of(YearMonth.of(2025, 3)), article.publicationMonth());
        assertEquals("Le Vietnam et l'Inde renforcent leurs liens", article.titleText());
        assertEquals(List.of("Premier paragraphe.", "Second paragraphe."),
                paragraphs(article));
    }

    @Test
    void keepsTheDayOfAFullDateHeaderBesideItsMonth() throws IOException {
        Article article = reader.read(write("a.txt", " date 2024-02-29 Titre\n\nCorps.\n"));
        assertEquals(Optional.of(YearMonth.of(2024, 2)), article.publicationMonth());
        assertEquals(Optional.of(java.time.LocalDate.of(2024, 2, 29)), article.publication().day());
        assertEquals("Titre", article.titleText());
    }

    @Test
    void aMonthHeaderGivesNoDay() throws IOException {
        Article article = reader.read(write("a.txt", " date 2024-02 Titre\n\nCorps.\n"));
        assertEquals(Publication.UNKNOWN, article.publication());
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() throws IOException {
        Article article = reader.read(write("a.txt",
                " date 2024-05 Titre ici\r\n\r\n  Le corps, avec\u00a0espace.  \r\n"));
        for (TextBlock block : article.blocks()) {
            assertEquals(block.text(), article.text().substring(block.start(), block.end()));
        }
        assertEquals("Le corps, avec\u00a0espace.", article.paragraphs().get(0).text());
    }

    @Test
    void cutsTrailingPhotoCreditsFromTheTitle() throws IOException {
        assertEquals("Entrevue entre deux dirigeants.",
                reader.read(write("a.txt", "Entrevue entre deux dirigeants. Photo: VNA\n\nCorps.\n")).titleText());
        assertEquals("Visite au Laos",
                reader.read(write("b.txt", "Visite au Laos (Photo : VNA/CVN)\n\nCorps.\n")).titleText());
    }

    @Test
    void aFirstLineThatIsOnlyAPhotoCreditLeavesTheArticleWithoutTitle() throws IOException {
        Article article = reader.read(write("a.txt", " date 2021-10 Photo : Reuters\n\n"
                + "Le ministre thaïlandais a reçu son homologue vietnamien.\n"));
        assertEquals(Optional.empty(), article.title());
        assertEquals("", article.titleText());
        assertEquals(Optional.of(YearMonth.of(2021, 10)), article.publicationMonth());
        assertEquals(List.of("Le ministre thaïlandais a reçu son homologue vietnamien."),
                article.blocks().stream().map(TextBlock::text).toList());
        assertEquals(Optional.empty(), reader.read(write("b.txt", "(Photo: AFP)\n\nCorps.\n")).title());
    }

    @Test
    void rejectsADateHeaderWithNothingAfterIt() throws IOException {
        Path file = write("a.txt", " date 2021-10 \n\nCorps.\n");
        assertEquals(file + ":1: no title after the date header", rejection(file));
    }

    @Test
    void aPhotoCreditWithoutColonAndADatelineWithoutPlaceAreNotText() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\n(VOV) - Le ministre indien a reçu un ambassadeur.\n\n"
                + "Le ministre et l'ambassadeur - Photo VTV/Minh Anh\n"));
        assertEquals(List.of("Le ministre indien a reçu un ambassadeur.", "Le ministre et l'ambassadeur"),
                paragraphs(article));
        assertEquals("Une photo Ancienne", reader.read(write("b.txt", "Une photo Ancienne\n\nCorps.\n")).titleText());
    }

    @Test
    void leavesLinkLinesAndCreditLinesOutOfTheBody() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\n>> La Chine et le Laos signent un accord\n\n"
                + "Photo : VNA/CVN\n\nLe seul paragraphe.\n\nVNA/CVN\n"));
        assertEquals(List.of("Le seul paragraphe."), paragraphs(article));
        assertEquals(Optional.of("VNA/CVN"), article.sourceCredit());
    }

    @Test
    void cutsACreditGluedToTheLastSentence() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nLes deux parties ont signé. -VNA/VI\n"));
        assertEquals("Les deux parties ont signé.", article.paragraphs().get(0).text());
        assertEquals(Optional.of("VNA/VI"), article.sourceCredit());
    }

    @Test
    void cutsAnAgencyWrittenAloneAfterTheLastStop() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nLes deux pays coopèrent. Ils se sont quittés. VNA\n"));
        assertEquals("Les deux pays coopèrent. Ils se sont quittés.", article.paragraphs().get(0).text());
        assertEquals(Optional.of("VNA"), article.sourceCredit());
    }

    @Test
    void cutsACreditGluedToTheFinalStopWithoutSpace() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nLa session s'est close.-VNA/VI\n"));
        assertEquals("La session s'est close.", article.paragraphs().get(0).text());
        assertEquals(Optional.of("VNA/VI"), article.sourceCredit());
    }

    @Test
    void cutsACreditAfterAnEllipsisOrADashGluedToTheLastWord() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nIls coopèrent au sein de l'ONU, de l'APEC…-VNA\n\n"
                + "Pour la paix et le développement- VNA\n"));
        assertEquals(List.of("Ils coopèrent au sein de l'ONU, de l'APEC…", "Pour la paix et le développement"),
                paragraphs(article));
        assertEquals(Optional.of("VNA"), article.sourceCredit());
    }

    @Test
    void cutsAnAgencyGluedToADashAfterTheLastWordWithoutAStop() throws IOException {
        Article credited = reader.read(write("a.txt", "Titre\n\nIl rencontrera le ministre Juan Perez -AFP\n"));
        Article plain = reader.read(write("b.txt", "Titre\n\nIls ont salué le partenariat Chili - UE\n"));
        assertEquals("Il rencontrera le ministre Juan Perez", credited.paragraphs().get(0).text());
        assertEquals(Optional.of("AFP"), credited.sourceCredit());
        assertEquals(Optional.empty(), plain.sourceCredit());
    }

    @Test
    void cutsASingleAgencyCreditAfterADash() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nLes ministres se sont entretenus. – AFP\n\n"
                + "Le forum s'est achevé.-VOV\n"));
        assertEquals(List.of("Les ministres se sont entretenus.", "Le forum s'est achevé."),
                paragraphs(article));
        assertEquals(Optional.of("VOV"), article.sourceCredit());
    }

    @Test
    void leavesTheDatelineOutOfTheParagraphItOpens() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nVientiane, 3 juin (VNA) – Le ministre a reçu "
                + "une délégation.\n\nHô Chi Minh-Ville (AFP) - La séance a eu lieu.\n\nLe Japon (pays hôte) - "
                + "selon le texte - a signé.\n\nVientiane. 4 juin (VNA) - Le ministre est rentré.\n"));
        assertEquals(List.of("Le ministre a reçu une délégation.", "La séance a eu lieu.",
                "Le Japon (pays hôte) - selon le texte - a signé.", "Le ministre est rentré."),
                paragraphs(article));
        for (TextBlock block : article.paragraphs()) {
            assertEquals(block.text(), article.text().substring(block.start(), block.end()));
        }
    }

    @Test
    void aDatelineWithAnAgencyWithoutBracketsIsNoText() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nAFP Vientiane, 3 mars 2019 –\n\n"
                + "KPL Luang Prabang, 1er mai - La délégation est arrivée.\n\nUNESCO Paris a publié un rapport.\n"));
        assertEquals(List.of("La délégation est arrivée.", "UNESCO Paris a publié un rapport."), paragraphs(article));
    }

    @Test
    void aPhotoCreditInsideALineEndsTheCaption() throws IOException {
        Article article = reader.read(write("a.txt", "Titre\n\nLe ministre et son hôte. Photo : AFP Le ministre a "
                + "salué la coopération.\n"));
        assertEquals(List.of("Le ministre et son hôte.", "Le ministre a salué la coopération."), paragraphs(article));
        for (TextBlock block : article.paragraphs()) {
            assertEquals(block.text(), article.text().substring(block.start(), block.end()));
        }
    }

    @Test
    void aDatelineDayIsTheDayOfPublicationWhenTheHeaderGivesOnlyTheMonth() throws IOException {
        Article article = reader.read(write("a.txt", " date 2025-03 Titre\n\nUne légende de photo.\n\n"
                + "Vientiane, 12 mars (VNA) – Le ministre a reçu une délégation.\n"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), article.publication().day());
        Article other = reader.read(write("b.txt", " date 2025-03 Titre\n\nVientiane, 28 février (VNA) – Le "
                + "ministre a reçu une délégation.\n"));
        assertEquals(Optional.empty(), other.publication().day());
        Article header = reader.read(write("c.txt", " date 2025-03-14 Titre\n\nVientiane, 12 mars (VNA) – Le "
                + "ministre a reçu une délégation.\n"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), header.publication().day());
    }

    @Test
    void theTitleRepeatedBeforeAPhotoNumberIsNoText() throws IOException {
        Article article = reader.read(write("a.txt", "Le Vietnam et le Chili\n\nLe Vietnam et le Chili ảnh 1Le "
                + "président chilien à Hanoï. Photo : VNA\n\nLe président a reçu son homologue.\n"));
        assertEquals(List.of("Le président chilien à Hanoï.", "Le président a reçu son homologue."),
                paragraphs(article));
    }

    @Test
    void anAgencyFirstDatelineAloneOnItsLineIsNoTextButGivesTheDay() throws IOException {
        Article article = reader.read(write("a.txt", " date 2024-11 Titre\n\nKPL Vientiane, 1er novembre 2024 –\n\n"
                + "Le ministre a reçu une délégation.\n"));
        assertEquals(List.of("Le ministre a reçu une délégation."), paragraphs(article));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 1)), article.publication().day());
    }

    @Test
    void aTitleLineOpeningWithADatelineKeepsItButExtractionStartsAfterIt() throws IOException {
        Article article = reader.read(write("a.txt", " date 2023-05 Vientiane, 4 mai (VNA) – Le ministre laotien a "
                + "reçu une délégation.\n\nLe texte.\n"));
        assertEquals("Vientiane, 4 mai (VNA) – Le ministre laotien a reçu une délégation.", article.titleText());
        TextBlock first = article.blocks().get(0);
        assertEquals("Le ministre laotien a reçu une délégation.", first.text());
        assertEquals(first.text(), article.text().substring(first.start(), first.end()));
        Article plain = reader.read(write("b.txt", "Phnom Penh (AKP) - Le Cambodge salue l'accord\n\nCorps.\n"));
        assertEquals("Le Cambodge salue l'accord", plain.blocks().get(0).text());
        Article kicker = reader.read(write("c.txt", "Vietnam - Hongrie\n\nCorps.\n"));
        assertEquals("Vietnam - Hongrie", kicker.blocks().get(0).text());
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = write("empty.txt", "");
        assertEquals(file + ": empty file: no title and no body", rejection(file));
    }

    @Test
    void rejectsAFileOfBlankLines() throws IOException {
        Path file = write("blank.txt", "  \n\n \t\n");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": empty file"), e.getMessage());
    }

    @Test
    void rejectsBytesThatAreNotUtf8() throws IOException {
        Path file = Files.write(folder.resolve("latin1.txt"), "Titre\n\nCoop\u00e9ration.\n".getBytes(
                StandardCharsets.ISO_8859_1));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertEquals(file + ":3: not valid UTF-8 text: byte 0xE9 at offset 11 (save the file as UTF-8; a byte such "
                + "as 0xE9 for \"é\" means Latin-1 or Windows-1252)", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void rejectsABinaryFile() throws IOException {
        Path file = Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertEquals(file + ": binary file: NUL byte at offset 4, not UTF-8 text", rejection(file));
    }

    @Test
    void rejectsATitleWithoutBody() throws IOException {
        Path file = write("title.txt", " date 2024-01 Un titre seul\n\n>> un lien\n\nPhoto : VNA/CVN\n");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertEquals(file + ":1: a title but no body text", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void rejectsAnImpossibleMonthInTheHeader() throws IOException {
        Path file = write("month.txt", " date 2024-13 Titre\n\nCorps.\n");
        assertEquals(file + ":1: invalid date header 'date 2024-13'", rejection(file));
    }

    @Test
    void rejectsADirectory() throws IOException {
        Path dir = Files.createDirectory(folder.resolve("folder.txt"));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(dir));
        assertEquals(dir + ": is a directory, not an article file", e.getMessage());
    }

    @Test
    void rejectsABrokenLink() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("missing.txt"));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> reader.read(link));
        assertEquals(link + ": cannot be read: no such file (or a broken link)", e.getMessage());
    }

    /** A guard against catastrophic backtracking, not a speed measurement: the old patterns took minutes here. */
    @Test
    void aTitleOfTwentyThousandSpacesIsReadWithoutBacktracking() throws IOException {
        String spaces = " ".repeat(20_000);
        Path file = write("spaces.txt", "Titre" + spaces + "suite" + spaces + "\n\nCorps" + spaces + "fin\n");
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(file));
        assertEquals("Titre" + spaces + "suite", article.titleText());
        assertEquals(List.of("Corps" + spaces + "fin"), paragraphs(article));
    }

    @Test
    void aPhotoCreditEndingTheTitleIsStillCutOff() throws IOException {
        assertEquals("Le Vietnam et le Chili", reader.read(write("p.txt",
                "Le Vietnam et le Chili   (Photo : VNA)\n\nCorps.\n")).titleText());
        assertEquals("Le Vietnam et le Chili", reader.read(write("q.txt",
                "Le Vietnam et le Chili Photo: VNA/CVN\n\nCorps.\n")).titleText());
    }

    @Test
    void aBodyLineOfOneCapitalisedWordIsTextNotACredit() throws IOException {
        Article article = reader.read(write("c.txt", "Titre\n\nHanoï\n\nVNA/CVN\n"));
        assertEquals(List.of("Hanoï"), paragraphs(article));
        assertEquals(Optional.of("VNA/CVN"), article.sourceCredit());
    }

    @Test
    void rejectsImpossibleDatesNamingTheFileAndTheHeader() throws IOException {
        for (String header : List.of("2024-02-30", "0000-01", "2024-13")) {
            Path file = write("d.txt", " date " + header + " Titre\n\nCorps.\n");
            ArticleFormatException error = assertThrows(ArticleFormatException.class, () -> reader.read(file));
            assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
            assertTrue(error.getMessage().contains("invalid date header 'date " + header + "'"), error.getMessage());
        }
    }

    @Test
    void controlCharactersBecomeSpacesAndOffsetsStay() throws IOException {
        Article article = reader.read(write("x.txt", "Titre\u0007ici\n\nUn\u0001deux\u001Ftrois.\n"));
        assertEquals("Titre ici", article.titleText());
        TextBlock body = article.paragraphs().get(0);
        assertEquals("Un deux trois.", body.text());
        assertEquals(body.text(), article.text().substring(body.start(), body.end()));
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedWithTheReason() throws IOException {
        Path file = write("big.txt", "Titre\n\n" + "x".repeat(ArticleReader.MAX_BYTES));
        ArticleFormatException error = assertThrows(ArticleFormatException.class, () -> reader.read(file));
        assertTrue(error.getMessage().contains("the size limit of an article file"), error.getMessage());
    }

    @Test
    void aPipeIsNotOpened() throws Exception {
        Path fifo = folder.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        ArticleFormatException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ArticleFormatException.class, () -> reader.read(fifo)));
        assertTrue(error.getMessage().contains("not a regular file"), error.getMessage());
    }

    @Test
    void aCaptionsTrailingPhotoCreditIsNotText() throws IOException {
        Article article = reader.read(write("cap.txt",
                "Titre\n\nLe ministre (à gauche) et son homologue. Photo : AFP\n\nCorps (Photo: VNA)\n"));
        assertEquals(List.of("Le ministre (à gauche) et son homologue.", "Corps"),
                paragraphs(article));
    }

    @Test
    void aPhotoCreditMayQualifyThePhotoOrSlipASemicolon() throws IOException {
        Article article = reader.read(write("cred.txt", " date 2022-04 Photo d'archives : VNA\n\n"
                + "Le port de Haiphong en hiver. Photo ; Le Monde\n\n"
                + "Le port reçoit des navires (Photo d'illustration: AFP)\n\n"
                + "Une photo de famille : les deux délégations.\n"));
        assertEquals(Optional.empty(), article.title());
        assertEquals(List.of("Le port de Haiphong en hiver.", "Le port reçoit des navires",
                "Une photo de famille : les deux délégations."), paragraphs(article));
    }
}
