package readout.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import readout.article.RejectedInputException.Reason;

/** Bytes to text, refusing what is not text: empty, too large, binary, or not decodable. */
final class Decoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private Decoder() {}

    static String decode(byte[] bytes, int maxBytes, Format hint) throws RejectedInputException {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedInputException(Reason.EMPTY, "the input is empty (0 bytes)");
        }
        if (bytes.length > maxBytes) {
            throw new RejectedInputException(Reason.TOO_LARGE,
                    "the input is " + bytes.length + " bytes; the limit is " + maxBytes);
        }
        String magic = binaryMagic(bytes);
        if (magic != null) {
            throw new RejectedInputException(Reason.BINARY, "the input is a " + magic + " file, not text");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 0, StandardCharsets.UTF_16, "UTF-16");
        } else {
            int off = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            for (int i = off; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new RejectedInputException(Reason.BINARY, "the input contains NUL bytes: binary, not text");
                }
            }
            try {
                text = strict(bytes, off, StandardCharsets.UTF_8, "UTF-8");
            } catch (RejectedInputException e) {
                Charset declared = hint == Format.HTML || hint == null ? declaredCharset(bytes) : null;
                if (declared == null || declared.equals(StandardCharsets.UTF_8)) throw e;
                text = strict(bytes, off, declared, declared.name());
            }
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (control > 16 && control * 100 > text.length()) {
            throw new RejectedInputException(Reason.BINARY,
                    "the input has " + control + " control characters: binary, not text");
        }
        return text;
    }

    private static String strict(byte[] bytes, int off, Charset cs, String name) throws RejectedInputException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(Reason.ENCODING, "the input is not valid " + name
                    + " text (send UTF-8, or HTML that declares its charset)");
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String binaryMagic(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF";
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG";
        if (startsWith(b, 'P', 'K', 3, 4)) return "ZIP";
        if (startsWith(b, 0x1F, 0x8B)) return "gzip";
        if (startsWith(b, 'B', 'Z', 'h')) return "bzip2";
        if (startsWith(b, 0xFD, '7', 'z', 'X', 'Z')) return "xz";
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) return "ELF";
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return "MS Office";
        if (startsWith(b, 'R', 'I', 'F', 'F')) return "RIFF media";
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
