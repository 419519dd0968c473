package org.vesnik.archive;

import java.time.OffsetDateTime;
import java.util.List;
import org.vesnik.core.article.Article;
import org.vesnik.core.pipeline.Pipeline;

/**
 * Short invented Macedonian news for the archive's tests (names of people are illustrative),
 * and one annotator for all of them: building the pipeline once keeps the tests quick.
 */
public final class News {

    public static final ArticleAnnotator ANNOTATOR = ArticleAnnotator.annotating(Pipeline.builder().build());

    private News() {
    }

    public static Article article(String url, String outlet, String published, String title, String text) {
        return Article.builder(url, text).url(url).outlet(outlet).title(title)
                .published(OffsetDateTime.parse(published)).build();
    }

    /** The government's road plan: Мицкоски and Марко Трајковски, quoted. */
    public static final Article ROADS = article("https://vesti.example.mk/patishta?utm_source=fb", "МИА",
            "2025-09-03T10:00:00+02:00", "Владата ќе го поддржи планот за патишта",
            "Премиерот Христијан Мицкоски изјави дека владата ќе го поддржи планот за нови патишта.\n\n"
                    + "Министерот Марко Трајковски рече „ова е голем ден за Скопје“.\n\n"
                    + "Работите ќе почнат во октомври, а ќе чинат околу 20 милиони евра.");

    /** Путин and Ким Џонг Ун in Moscow; soldiers. */
    public static final Article MOSCOW = article("https://sitel.example.mk/moskva", "Сител",
            "2025-09-04T09:30:00+02:00", "Путин и Ким се сретнаа во Москва",
            "Рускиот претседател Владимир Путин се сретна со Ким Џонг Ун во Москва.\n\n"
                    + "Според разузнавањето, околу 2.000 севернокорејски војници се веќе во Русија.\n\n"
                    + "Командантите ги пофалија војниците.\n\n"
                    + "Путин изјави „соработката е специјална“.");

    /** Трајковски alone: the archive links him to Марко Трајковски. */
    public static final Article TENDER = article("https://vesti.example.mk/tender", "МИА",
            "2025-09-05T12:00:00+02:00", "Тендерот за патиштата наскоро",
            "Трајковски изјави „тендерот ќе биде објавен до крајот на месецот“.\n\n"
                    + "Фирмите ќе имаат 30 дена за понудите.");

    /** A football match, no politics. */
    public static final Article FOOTBALL = article("https://sport.example.mk/vardar", "Спорт",
            "2025-09-06T21:00:00+02:00", "Вардар победи во дербито",
            "Фудбалерите на Вардар синоќа победија со 2:1 во дербито.\n\n"
                    + "Тренерот рече „момците играа одлично“.");

    /** The roads again, in other words: more like {@link #ROADS} than anything else. */
    public static final Article MOTORWAY = article("https://kanal.example.mk/avtopat", "Канал",
            "2025-09-07T08:00:00+02:00", "Нови патишта и автопат до Скопје",
            "Владата ќе гради нови патишта и автопат до Скопје.\n\n"
                    + "Планот за патишта ќе чини милиони евра, а работите ќе почнат во октомври.");

    /** Bulgarian: counted by language, not archived. */
    public static final Article BULGARIAN = article("https://bg.example.com/byudzhet", "БТА",
            "2025-09-03T08:00:00+03:00", "Правителството одобри бюджета",
            "Правителството одобри проектобюджета за следващата година. Министърът на финансите заяви, "
                    + "че дефицитът ще бъде под три процента.");

    public static final List<Article> ALL = List.of(ROADS, MOSCOW, TENDER, FOOTBALL, MOTORWAY, BULGARIAN);
}
