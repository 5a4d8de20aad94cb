package org.rediff.io.chart;

/**
 * A conservative estimate of how wide a line of SVG text is drawn, so that fixed chart columns never overlap. The
 * server cannot measure the browser's font, so each character is given at least its advance width in DejaVu Sans
 * (the widest of the fonts the charts name, e.g. 'a' 0.615 em, 'M' 0.863 em, 'W' 0.989 em, digits 0.636 em), rounded
 * up per class of characters; bold text is counted 10% wider. Characters outside ASCII count as a full em.
 */
final class TextWidth {
    private static final String NARROW = "iljftrI!|.,:;'`()[]{} ";
    private static final String WIDE = "mwMW@%…";
    private static final double BOLD = 1.1;

    private TextWidth() {
    }

    /** Estimated width in px of {@code s} at {@code fontSize} px; never below the drawn width in DejaVu Sans. */
    static double of(String s, double fontSize, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            em += em(s.charAt(i));
        }
        return em * fontSize * (bold ? BOLD : 1);
    }

    /**
     * {@code s} as it fits in {@code capacity} px: unchanged if it fits, else cut at a character and ended with an
     * ellipsis (the caller keeps the full text in a {@code <title>}).
     */
    static String fit(String s, double capacity, double fontSize, boolean bold) {
        if (of(s, fontSize, bold) <= capacity) {
            return s;
        }
        int end = s.length();
        while (end > 0 && of(s.substring(0, end).stripTrailing() + "…", fontSize, bold) > capacity) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + "…";
    }

    private static double em(char c) {
        if (NARROW.indexOf(c) >= 0) {
            return 0.45;
        }
        if (WIDE.indexOf(c) >= 0 || c > 0x7e) {
            return 1.0;
        }
        if (Character.isUpperCase(c)) {
            return 0.8;
        }
        return 0.66;
    }
}
