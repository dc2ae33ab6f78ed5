package cn.gov.shandong.circular.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text rules on their own (not a @QuarkusTest). */
class RequestTextTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedEverywhere() {
        assertThat(RequestText.firstUnacceptable("a\u0000b", true)).contains("U+0000 (a control character)");
        assertThat(RequestText.firstUnacceptable("\u001b[31m", true)).contains("U+001B (a control character)");
        assertThat(RequestText.firstUnacceptable("x\u007f", true)).contains("U+007F (a control character)");
        assertThat(RequestText.firstUnacceptable("x\u0085", true)).contains("U+0085 (a control character)");
        assertThat(RequestText.firstUnacceptable("\ud800x", true)).contains("U+D800 (half of a surrogate pair)");
        assertThat(RequestText.firstUnacceptable("x\udfff", true)).contains("U+DFFF (half of a surrogate pair)");
    }

    @Test
    void tabsAndLineBreaksAreFreeTextButNotPartOfAUri() {
        assertThat(RequestText.firstUnacceptable("第一行\r\n\t第二行", true)).isEmpty();
        assertThat(RequestText.firstUnacceptable("a\tb", false)).contains("U+0009 (a control character)");
        assertThat(RequestText.firstUnacceptable("a\nb", false)).contains("U+000A (a control character)");
    }

    @Test
    void whatPeopleReallyWriteIsAccepted() {
        assertThat(RequestText.firstUnacceptable("济南高新区 😀 \u200f\u202e مرحبا e\u0301", false)).isEmpty();
    }

    @Test
    void headerValuesMayCarryTabsAndRawUtf8Bytes() {
        assertThat(RequestText.firstUnacceptableInHeader("W/\"1\",\t\"2\"")).isEmpty();
        assertThat(RequestText.firstUnacceptableInHeader("\u00e5\u009b\u00ad")).isEmpty(); // 园 as ISO-8859-1 bytes
        assertThat(RequestText.firstUnacceptableInHeader("a\u0000")).contains("U+0000 (a control character)");
        assertThat(RequestText.firstUnacceptableInHeader("a\u007f")).contains("U+007F (a control character)");
    }

    @Test
    void percentEscapesAreDecodedAsStrictUtf8() {
        assertThat(RequestText.percentDecode("SDP%30%301", false)).contains("SDP001");
        assertThat(RequestText.percentDecode("%E5%9B%AD+a", true)).contains("园 a");
        assertThat(RequestText.percentDecode("a+b", false)).contains("a+b");
        assertThat(RequestText.percentDecode("%00", false)).contains("\u0000");
        assertThat(RequestText.percentDecode("\u00e5\u009b\u00ad", false)).contains("园"); // raw UTF-8 bytes
        assertThat(RequestText.percentDecode("%FF", false)).isEmpty();
        assertThat(RequestText.percentDecode("%ED%A0%80", false)).isEmpty(); // an encoded surrogate
        assertThat(RequestText.percentDecode("%zz", false)).isEmpty();
        assertThat(RequestText.percentDecode("abc%", false)).isEmpty();
    }
}
