package org.vesnik.core.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private static final String TEXT = "Северна Кореја испрати војници, а Ѓорѓи и Ќиро ѕвонеа: „Џеби“.";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void plainUtf8() {
        DecodedText d = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.byteOrderMark()).isFalse();
    }

    @Test
    void utf8WithBomDropsTheMark() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedText d = decoder.decode(bytes, "a.txt");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.byteOrderMark()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE-BOM"})
    void utf16WithBom(String which) {
        byte[] bytes;
        if (which.equals("UTF-16")) {
            bytes = TEXT.getBytes(StandardCharsets.UTF_16); // big-endian with BOM
        } else {
            byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
            bytes = new byte[body.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(body, 0, bytes, 2, body.length);
        }
        DecodedText d = decoder.decode(bytes, "a.txt");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).startsWith("UTF-16");
    }

    @Test
    void windows1251IsDetected() {
        DecodedText d = decoder.decode(TEXT.getBytes(Charset.forName("windows-1251")), "a.txt");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("windows-1251");
    }

    @Test
    void otherSingleByteCyrillicEncodingsAreDetected() {
        String russianAndMacedonian = "Северна Кореја испрати војници и ракети во Русија за да ја поддржи Москва.";
        DecodedText iso = decoder.decode(russianAndMacedonian.getBytes(Charset.forName("ISO-8859-5")), "a.txt");
        assertThat(iso.text()).isEqualTo(russianAndMacedonian);
        String russian = "Северная Корея отправила солдат и ракеты в Россию.";
        DecodedText koi = decoder.decode(russian.getBytes(Charset.forName("KOI8-R")), "a.txt");
        assertThat(koi.text()).isEqualTo(russian);
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "windows-1252", "ISO-8859-5"})
    void mojibakeIsRepairedLineByLine(String misreading) {
        String good = "Прв ред е во ред.";
        String broken = misread(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName(misreading));
        String mixed = good + "\n" + broken + "\n" + good;
        DecodedText d = decoder.decode(mixed.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(d.text()).isEqualTo(good + "\n" + TEXT + "\n" + good);
        assertThat(d.mojibakeRepairs()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.misreadAs()).isEqualTo(misreading);
        });
    }

    /** Decodes as a browser does: a byte the encoding leaves undefined becomes its C1 control. */
    private static String misread(byte[] bytes, Charset charset) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, charset);
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void mojibakeFromJavasDecoderIsRepairedToo() {
        // Java turns windows-1251's one undefined byte (0x98, in the UTF-8 of "ј") into U+FFFD
        String broken = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1251"));
        assertThat(broken).contains("\uFFFD");
        assertThat(decoder.decode(broken.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(TEXT);
    }

    @Test
    void theIssueExampleIsRepaired() {
        DecodedText d = decoder.decode("РЎРµРІРµСЂРЅРѕ".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(d.text()).isEqualTo("Северно");
    }

    @Test
    void correctTextIsNeverTakenForMojibake() {
        String tricky = "Рѓ и Сѓ се ретки, но РЕ и СЕ не се; Ð и Ñ се латински.";
        assertThat(decoder.decode(tricky.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(tricky);
    }

    @Test
    void invalidUtf8InUtf8TextNamesTheByte() {
        byte[] good = "Ким и Путин\nсе сретнаа ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> decoder.decode(bytes, "vesti.txt"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("vesti.txt")
                .hasMessageContaining("line 2")
                .hasMessageContaining("byte " + good.length)
                .hasMessageContaining("0xC3")
                .hasMessageContaining("mixed encodings");
    }

    @Test
    void binaryDataIsRejected() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThatThrownBy(() -> decoder.decode(bytes, "image.png"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("image.png")
                .hasMessageContaining("byte 8")
                .hasMessageContaining("NUL");
    }

    @Test
    void randomHighBytesAreNotText() {
        byte[] bytes = new byte[400];
        new java.util.Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = 1;
            }
        }
        assertThatThrownBy(() -> decoder.decode(bytes, "noise.bin")).isInstanceOf(BadInputException.class);
    }

    @Test
    void emptyAndWhitespaceInputsAreText() {
        assertThat(decoder.decode(new byte[0], "e.txt").text()).isEmpty();
        assertThat(decoder.decode(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII), "w.txt").text()).isEqualTo(" \n\t\r\n");
    }

    @Test
    void truncatedUtf16IsAnError() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, 0x3D};
        assertThatThrownBy(() -> decoder.decode(bytes, "t.txt")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.txt");
    }
}
