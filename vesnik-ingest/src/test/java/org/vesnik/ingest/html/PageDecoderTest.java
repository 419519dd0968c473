package org.vesnik.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String CYRILLIC = "<p>Владата на седницата во вторник усвои програма за патишта.</p>";

    private final PageDecoder decoder = new PageDecoder();

    private PageDecoder.DecodedPage decode(byte[] bytes, String contentType) {
        return decoder.decode(bytes, Optional.ofNullable(contentType), "test.html");
    }

    @Test
    void theHeadersCharsetWinsOverTheMetaTag() {
        byte[] bytes = ("<html><head><meta charset=\"utf-8\"></head><body>" + CYRILLIC + "</body></html>").getBytes(CP1251);
        PageDecoder.DecodedPage page = decode(bytes, "text/html; charset=windows-1251");
        assertThat(page.charset()).isEqualTo("windows-1251");
        assertThat(page.html()).contains("Владата");
    }

    @Test
    void aMetaCharsetIsRead() {
        byte[] bytes = ("<html><head><meta charset='windows-1251'></head><body>" + CYRILLIC + "</body></html>").getBytes(CP1251);
        assertThat(decode(bytes, null).html()).contains("усвои програма");
    }

    @Test
    void anHttpEquivContentTypeIsRead() {
        byte[] bytes = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">" + CYRILLIC)
                .getBytes(Charset.forName("KOI8-R"));
        assertThat(decode(bytes, null).charset()).isEqualTo("KOI8-R");
    }

    @Test
    void windows1251WithoutADeclarationIsDetected() {
        PageDecoder.DecodedPage page = decode(("<html><body>" + CYRILLIC + "</body></html>").getBytes(CP1251), null);
        assertThat(page.charset()).isEqualTo("windows-1251");
        assertThat(page.html()).contains("Владата на седницата");
    }

    @Test
    void utf8BytesWinOverAStaleSingleByteDeclaration() {
        byte[] bytes = ("<meta charset=\"windows-1251\">" + CYRILLIC).getBytes(StandardCharsets.UTF_8);
        PageDecoder.DecodedPage page = decode(bytes, null);
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.html()).contains("Владата");
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        byte[] body = ("<p>Скопје</p>").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(decode(bytes, "text/html; charset=iso-8859-1").html()).isEqualTo("<p>Скопје</p>");
    }

    @Test
    void latinTextInNoKnownCharsetFallsBackToWindows1252() {
        byte[] bytes = "<p>Caf\u00e9 cr\u00e8me, \u20ac5</p>".getBytes(Charset.forName("windows-1252"));
        PageDecoder.DecodedPage page = decode(bytes, null);
        assertThat(page.charset()).isEqualTo("windows-1252");
        assertThat(page.html()).contains("Café crème, €5");
    }

    @Test
    void labelsAreReadAsBrowsersReadThem() {
        assertThat(PageDecoder.charsetNamed("ISO-8859-1", false)).contains(Charset.forName("windows-1252"));
        assertThat(PageDecoder.charsetNamed("utf-16", true)).contains(StandardCharsets.UTF_8);
        assertThat(PageDecoder.charsetNamed("utf-16", false)).contains(StandardCharsets.UTF_16);
        assertThat(PageDecoder.charsetNamed("x-cp1251", false)).contains(CP1251);
        assertThat(PageDecoder.charsetNamed("no-such-charset", false)).isEmpty();
        assertThat(PageDecoder.charsetParameter("text/html;charset=\"UTF-8\"")).contains(StandardCharsets.UTF_8);
    }

    @Test
    void declaredUtf8WithAStrayBadByteIsReadLikeABrowser() {
        byte[] good = ("<meta charset=utf-8><p>Скопје " + "добро").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xFF;
        PageDecoder.DecodedPage page = decode(bytes, null);
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.html()).startsWith("<meta charset=utf-8><p>Скопје добро").endsWith("\uFFFD");
    }

    @Test
    void cyrillicShareCountsTheTextNotTheMarkupOrScripts() {
        String script = "<script>var longName = 'x'.repeat(1000); function doSomething() { return longName; }</script>";
        assertThat(PageDecoder.mostlyCyrillic("<html><head>" + script + "</head><body>" + CYRILLIC + "</body></html>")).isTrue();
        assertThat(PageDecoder.mostlyCyrillic("<p>Caf\u0439 cr\u0438me</p>")).isFalse();
    }

    @Test
    void bytesThatBreakTheEncodingTheirMarkNamesAreReadLeniently() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, '<', 0, 'p', 0, '>', 0, (byte) 0xFF};
        PageDecoder.DecodedPage page = decode(bytes, null);
        assertThat(page.charset()).isEqualTo("UTF-16LE");
        assertThat(page.html()).startsWith("<p>").endsWith("\uFFFD");
    }
}
