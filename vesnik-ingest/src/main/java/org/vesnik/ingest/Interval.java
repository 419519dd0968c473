package org.vesnik.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as a user writes and reads them: {@code 10m}, {@code 30s}, {@code 1h30m}. The
 * {@code watch} command's {@code --every} and the watcher's status lines ({@code retry in 2m})
 * both go through here.
 */
public final class Interval {

    private static final Pattern PART = Pattern.compile("(\\d{1,9})([hms])");

    private Interval() {
    }

    /** {@code 10m}, {@code 45s}, {@code 2h}, {@code 1h30m}: hours, minutes, seconds, largest first. */
    public static Duration parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(s);
        Duration total = Duration.ZERO;
        int at = 0;
        String lastUnit = "";
        while (at < s.length() && m.find(at) && m.start() == at) {
            String unit = m.group(2);
            if (!lastUnit.isEmpty() && "hms".indexOf(unit) <= "hms".indexOf(lastUnit)) {
                throw new IllegalArgumentException("not an interval (units largest first: 1h30m): " + text);
            }
            long n = Long.parseLong(m.group(1));
            total = total.plus(unit.equals("h") ? Duration.ofHours(n) : unit.equals("m") ? Duration.ofMinutes(n)
                    : Duration.ofSeconds(n));
            lastUnit = unit;
            at = m.end();
        }
        if (s.isEmpty() || at != s.length() || total.isZero()) {
            throw new IllegalArgumentException("not an interval such as 30s, 10m or 1h30m: " + text);
        }
        return total;
    }

    /** The duration rounded to the second, in the same units: {@code 2m}, {@code 1h5m}, {@code 45s}. */
    public static String format(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        if (seconds >= 3600) {
            sb.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            sb.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 != 0) {
            sb.append(seconds % 60).append('s');
        }
        return sb.toString();
    }
}
