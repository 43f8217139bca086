package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveCharactersThatEndTextOrAttributes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
        assertEquals("Lương Cường – Hanoï", Html.escape("Lương Cường – Hanoï"));
    }

    @Test
    void escapesTextAndAttributeValuesGivenToTheWriter() {
        String page = new Html().page("<t>", "fr\"><script>").open("p", "title", "\" onclick=\"x")
                .text("</p><script>").close("p").end();
        assertTrue(page.contains("<title>&lt;t&gt;</title>"), page);
        assertTrue(page.contains("<html lang=\"fr&quot;&gt;&lt;script&gt;\">"), page);
        assertTrue(page.contains("<p title=\"&quot; onclick=&quot;x\">&lt;/p&gt;&lt;script&gt;</p>"), page);
        assertFalse(page.contains("<script>"), page);
    }

    @Test
    void neutralisesLinksThatCouldRunScript() {
        assertEquals("#", Html.safeHref("javascript:alert(1)"));
        assertEquals("#", Html.safeHref(" JavaScript:alert(1)"));
        assertEquals("#", Html.safeHref("data:text/html,x"));
        assertEquals("/id/state/VN", Html.safeHref("/id/state/VN"));
        assertEquals("https://schema.org/Country", Html.safeHref("https://schema.org/Country"));
        String link = new Html().link("/id/x\"><script>", "<b>").end();
        assertTrue(link.contains("<a href=\"/id/x&quot;&gt;&lt;script&gt;\">&lt;b&gt;</a>"), link);
    }
}
