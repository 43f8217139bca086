package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFolderTest {

    @TempDir
    Path parent;

    @Test
    void keepsOnlyTheLastSegmentWithoutControlCharactersOrLeadingDots() {
        assertEquals("x.txt", UploadFolder.safeName("../../etc/x.txt"));
        assertEquals("x.txt", UploadFolder.safeName("/abs/x.txt"));
        assertEquals("x.txt", UploadFolder.safeName("C:\\\\dir\\\\x.txt"));
        assertEquals("a_b.txt", UploadFolder.safeName("a\nb.txt"));
        assertEquals("_hidden.txt", UploadFolder.safeName("._hidden.txt"));
        assertEquals("", UploadFolder.safeName(".."));
        assertEquals("", UploadFolder.safeName("dir/"));
        String longName = "a".repeat(300) + ".html";
        assertEquals("a".repeat(UploadFolder.MAX_NAME - 5) + ".html", UploadFolder.safeName(longName));
    }

    @Test
    void savesInsideItsFolderRejectsASecondFileOfTheSameNameAndDeletesEverythingOnClose() throws IOException {
        Path folder;
        try (UploadFolder upload = UploadFolder.create(parent, UploadLimits.standard())) {
            folder = upload.folder();
            upload.save("2025/a.txt", text("first"));
            upload.save("../a.txt", text("second"));
            upload.save("..", text("nameless"));
            assertEquals(List.of(folder.resolve("a.txt")), upload.files());
            assertEquals("first", Files.readString(folder.resolve("a.txt")));
            assertEquals("2025/a.txt", upload.sentName(folder.resolve("a.txt")));
            assertEquals(Map.of("../a.txt", "another file of this upload has the same name (a.txt), hence the same "
                    + "article id: not read", "..", "no usable file name: not read"), upload.rejected());
            assertEquals("a.txt: empty", upload.withoutFolder(folder.resolve("a.txt") + ": empty"));
        }
        assertFalse(Files.exists(folder));
    }

    @Test
    void refusesAFileOrAnUploadPastItsBoundsWith413() throws IOException {
        try (UploadFolder upload = UploadFolder.create(parent, new UploadLimits(1000, 10, 15, 2))) {
            UploadRefusedException file = assertThrows(UploadRefusedException.class,
                    () -> upload.save("big.txt", text("12345678901")));
            assertEquals(413, file.status());
            assertEquals("big.txt: larger than 10 bytes, the size limit of one uploaded file", file.getMessage());
        }
        try (UploadFolder upload = UploadFolder.create(parent, new UploadLimits(1000, 10, 15, 2))) {
            upload.save("a.txt", text("1234567890"));
            UploadRefusedException expanded = assertThrows(UploadRefusedException.class,
                    () -> upload.save("b.txt", text("123456")));
            assertEquals("the upload expands to more than 15 bytes (at b.txt)", expanded.getMessage());
        }
        try (UploadFolder upload = UploadFolder.create(parent, new UploadLimits(1000, 10, 15, 2))) {
            upload.save("a.txt", text("1"));
            upload.save("b.txt", text("2"));
            assertEquals("more than 2 files in one upload", assertThrows(UploadRefusedException.class,
                    () -> upload.save("c.txt", text("3"))).getMessage());
        }
    }

    private static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
