package looplab.engine.node;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 as Node (and the WHATWG Encoding Standard) does it. The JDK differs at the edges:
 * it encodes a lone surrogate as {@code ?} where V8 writes U+FFFD (EF BF BD), and it
 * replaces a bad sequence such as ED A0 80 (an encoded surrogate) with one U+FFFD where
 * Node gives one per maximal bad subpart (three there).
 */
final class Utf8 {
    static final char REPLACEMENT = '\uFFFD';

    private Utf8() {
    }

    static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, text.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                c = REPLACEMENT;
            }
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.write(0xF0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3F));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** The Encoding Standard's UTF-8 decoder, replacing each maximal bad subpart with U+FFFD. */
    static String decode(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int needed = 0;
        int seen = 0;
        int codePoint = 0;
        int lower = 0x80;
        int upper = 0xBF;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b <= 0x7F) {
                    sb.append((char) b);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                    needed = 2;
                    codePoint = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                    needed = 3;
                    codePoint = b & 0x07;
                } else {
                    sb.append(REPLACEMENT);
                }
                continue;
            }
            if (b < lower || b > upper) {
                // The sequence so far is one bad subpart; this byte starts afresh.
                needed = 0;
                seen = 0;
                lower = 0x80;
                upper = 0xBF;
                sb.append(REPLACEMENT);
                i--;
                continue;
            }
            lower = 0x80;
            upper = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (++seen == needed) {
                sb.appendCodePoint(codePoint);
                needed = 0;
                seen = 0;
            }
        }
        if (needed != 0) {
            sb.append(REPLACEMENT);
        }
        return sb.toString();
    }
}
