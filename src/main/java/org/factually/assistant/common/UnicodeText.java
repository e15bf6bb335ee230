package org.factually.assistant.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Whether text is what it claims to be: well-formed Unicode with no lone surrogate, and percent-encoded bytes that
 * decode as strict UTF-8 (no overlong forms, no encoded surrogates) rather than being silently replaced.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when a control character other than tab, line feed or carriage return is in the text. */
    public static boolean hasControlCharacter(String s) {
        return s.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
    }

    /**
     * Decodes the percent-encoding of a URL part (with {@code +} left as it is) as strict UTF-8; null when an
     * escape is malformed or the bytes are not UTF-8.
     */
    public static String decodePercent(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                    return null;
                }
                bytes.put((byte) HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        return strictUtf8(bytes);
    }

    /** The bytes as strict UTF-8 text (no overlong forms, no encoded surrogates, no invalid bytes); null when they are not. */
    public static String strictUtf8(ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
