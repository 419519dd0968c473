package org.vesnik.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vesnik.core.pipeline.Pipeline;

class ClaimFinderTest {

    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static List<Claim> claims(String text) {
        return PIPELINE.process(text).get(Claim.LAYER);
    }

    @Test
    void theSampleArticlesSoldierFiguresWithHedgesAndSource() throws IOException {
        List<Claim> claims = PIPELINE.process(Path.of("../samples/seed-article.txt")).get(Claim.LAYER);
        Claim killed = claims.stream().filter(c -> c.value() == 2000).findFirst().orElseThrow();
        assertThat(killed.quantity().text()).isEqualTo("околу 2.000 севернокорејски војници");
        assertThat(killed.countedLemma()).isEqualTo("војник");
        assertThat(killed.hedges()).extracting(Qualifier::meaning).containsExactly("approximately");
        assertThat(killed.source().text()).isEqualTo("Разузнавачката агенција на Јужна Кореја");
        assertThat(killed.cue().text()).isEqualTo("процени");

        Claim more = claims.stream().filter(c -> c.value() == 6000).findFirst().orElseThrow();
        assertThat(more.hedges()).extracting(Qualifier::meaning).containsExactly("additional");
        assertThat(more.epistemic()).extracting(Qualifier::meaning).containsExactly("belief");

        Claim combat = claims.stream().filter(c -> c.value() == 1000).findFirst().orElseThrow();
        assertThat(combat.counted().text()).isEqualTo("борбени војници");
        assertThat(combat.hedges()).extracting(Qualifier::meaning).containsExactly("approximately");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Невработеноста падна на 12,5 % минатиот месец.    | 12,5 %              | percent | 12.5   | %",
        "Државата плати 1.000 денари по лице.               | 1.000 денари        | money   | 1000   | MKD",
        "Кредитот изнесува 5 милиони евра.                  | 5 милиони евра      | money   | 5000000 | EUR",
        "Билетот чини € 20.                                 | € 20                | money   | 20     | EUR",
        "Се пријавија две илјади доброволци.                | две илјади доброволци | count | 2000   | ",
        "Дојдоа дваесет и пет новинари.                     | дваесет и пет новинари | count | 25    | ",
        "Тој заврши на 26-ти место.                         | 26-ти               | ordinal | 26     | ",
    })
    void readsNumbersUnitsAndWords(String text, String quantity, String kind, double value, String unit) {
        Claim claim = claims(text).get(0);
        assertThat(claim.quantity().text()).isEqualTo(quantity);
        assertThat(claim.kind()).isEqualTo(kind);
        assertThat(claim.value()).isEqualTo(value);
        assertThat(claim.unit()).isEqualTo(unit);
        assertThat(text.substring(claim.quantity().start(), claim.quantity().end())).isEqualTo(quantity);
    }

    @Test
    void rangesVagueWordsAndSources() {
        Claim range = claims("Температурите ќе бидат од 5 до 7 степени.").get(0);
        assertThat(range.value()).isEqualTo(5);
        assertThat(range.valueMax()).isEqualTo(7);
        assertThat(range.quantity().text()).isEqualTo("од 5 до 7 степени");

        Claim vague = claims("Илјадници луѓе протестираа.").get(0);
        assertThat(vague.vague()).isTrue();
        assertThat(vague.countedLemma()).isEqualTo("човек");

        Claim reported = claims("Според полицијата, над 300 возила биле оштетени.").get(0);
        assertThat(reported.source().text()).isEqualTo("полицијата");
        assertThat(reported.hedges()).extracting(Qualifier::meaning).containsExactly("more-than");
    }

    @Test
    void datesAndArticlesAreNotClaims() {
        assertThat(claims("Средбата беше на 3 септември 2025 година во 12:30 часот.")).isEmpty();
        assertThat(claims("Една жена влезе во продавницата.")).isEmpty();
    }
}
