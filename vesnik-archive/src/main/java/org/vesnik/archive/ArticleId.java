package org.vesnik.archive;

import com.ibm.icu.text.Normalizer2;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.vesnik.core.article.Article;

/**
 * An article's stable id: its canonical URL normalised (scheme and host in lower case, the
 * default port, the fragment and tracking parameters dropped), else a hash of its normalised
 * text; and the fingerprint that tells one version of an article from another.
 */
public final class ArticleId {

    /** Ids made from text rather than a URL start with this. */
    public static final String TEXT_PREFIX = "text:";
    /** Longer than any URL a server answers (8 KB is the common limit): what is longer names no article. */
    public static final int MAX_URL_LENGTH = 8192;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final HexFormat HEX = HexFormat.of();

    private ArticleId() {
    }

    /** An article's id and the fingerprint of its version, computed together: the text is normalised and hashed once. */
    public record Identity(String id, String fingerprint) {
    }

    /** The id of an article: its normalised URL, or {@code text:} and a hash of its text. */
    public static String of(Article article) {
        return identify(article).id();
    }

    /**
     * What tells two versions apart: the text and every value the archive stores of the article,
     * so a corrected title or date is a new version too.
     */
    public static String fingerprint(Article article) {
        return identify(article).fingerprint();
    }

    public static Identity identify(Article article) {
        MessageDigest digest = sha256();
        digest.update(normalisedText(article.text()).getBytes(StandardCharsets.UTF_8));
        String textHash = hex(copy(digest).digest());
        for (Optional<?> value : new Optional<?>[] {article.title(), article.lead(), article.author(), article.outlet(),
                article.published(), article.modified(), article.url(), article.language()}) {
            digest.update((byte) 0);
            digest.update(value.map(Object::toString).orElse("").getBytes(StandardCharsets.UTF_8));
        }
        String id = article.url().flatMap(ArticleId::canonicalUrl).orElse(TEXT_PREFIX + textHash);
        return new Identity(id, hex(digest.digest()));
    }

    /**
     * A URL in the form that names one article: {@code HTTPS://Time.MK:443/a?utm_source=x&b=1#top}
     * is {@code https://time.mk/a?b=1}. Empty for what is not an absolute http(s) URL, or is
     * longer than {@value #MAX_URL_LENGTH} characters.
     */
    public static Optional<String> canonicalUrl(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getHost() != null) {
            if (uri.getRawUserInfo() != null) {
                out.append(uri.getRawUserInfo()).append('@');
            }
            out.append(uri.getHost().toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            if (port != -1 && port != defaultPort(scheme)) {
                out.append(':').append(port);
            }
        } else {
            // a host java.net.URI does not parse as one, such as a Cyrillic domain (вести.мк)
            String authority = uri.getAuthority().toLowerCase(Locale.ROOT);
            String defaultPort = ":" + defaultPort(scheme);
            out.append(authority.endsWith(defaultPort) ? authority.substring(0, authority.length() - defaultPort.length()) : authority);
        }
        // a Cyrillic path is written both raw and percent-encoded: the decoded form is one of them,
        // unless decoding would turn an encoded slash into a path separator
        String path = uri.getRawPath() != null && uri.getRawPath().toLowerCase(Locale.ROOT).contains("%2f")
                ? uri.getRawPath() : uri.getPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** The query without {@code utm_*}, {@code fbclid} and {@code gclid}: they name a visit, not the article. */
    private static String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    /** NFC, runs of white space (no-break spaces too) as one space, no space at the ends: how a text is compared. */
    static String normalisedText(String text) {
        String nfc = NFC.normalize(text);
        StringBuilder out = new StringBuilder(nfc.length());
        int i = 0;
        int n = nfc.length();
        while (i < n && isSpace(nfc.charAt(i))) {
            i++;
        }
        // copy runs between spaces whole: a text already clean is one scan and one copy
        while (i < n) {
            int run = i;
            while (i < n && !isSpace(nfc.charAt(i))) {
                i++;
            }
            out.append(nfc, run, i);
            while (i < n && isSpace(nfc.charAt(i))) {
                i++;
            }
            if (i < n) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u0085' || c >= '\u0400' && c < '\u1680') {
            return false; // Latin and Cyrillic letters, digits, punctuation: decided without a table
        }
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    /** 128 bits of the digest: no collision in any archive this side of 10^18 articles. */
    private static String hex(byte[] digest) {
        return HEX.formatHex(digest, 0, 16);
    }
}
