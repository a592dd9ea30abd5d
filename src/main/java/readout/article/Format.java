package readout.article;

import java.util.List;
import java.util.Locale;

/** The input formats Readout reads. */
public enum Format {
    TEXT, HTML, JSON, MARKDOWN;

    /**
     * The file and key endings that name an article, lower case: the one list behind {@link #fromName}, the folder walk
     * of the command line, the Lambda's ARTICLE_SUFFIXES default and (checked by a test) the bucket's notifications.
     */
    public static final List<String> SUFFIXES = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".md", ".markdown");

    /** From a MIME type such as {@code text/html; charset=utf-8}; null when it names none of ours. */
    public static Format fromContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return switch (t) {
            case "text/plain" -> TEXT;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/json", "text/json" -> JSON;
            case "text/markdown", "text/x-markdown" -> MARKDOWN;
            default -> null;
        };
    }

    /** True for types we know are not articles (images, PDFs, archives...), so they are refused by type. */
    public static boolean isKnownUnsupported(String contentType) {
        if (contentType == null) return false;
        String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        // Stored objects often carry vague or wrong types; refuse only those that are surely not text.
        return t.startsWith("image/") || t.startsWith("audio/") || t.startsWith("video/") || t.startsWith("font/")
                || t.startsWith("model/") || t.equals("application/pdf") || t.equals("application/zip")
                || t.equals("application/gzip") || t.equals("application/x-gzip") || t.equals("application/x-tar")
                || t.equals("application/x-7z-compressed") || t.equals("application/msword") || t.startsWith("application/vnd.");
    }

    /** From a file name's extension; null when it has none we read. */
    public static Format fromName(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        int q = n.indexOf('?');
        if (q >= 0) n = n.substring(0, q);
        for (String suffix : SUFFIXES) if (n.endsWith(suffix)) return ofSuffix(suffix);
        return null;
    }

    private static Format ofSuffix(String suffix) {
        return switch (suffix) {
            case ".txt", ".text" -> TEXT;
            case ".html", ".htm", ".xhtml" -> HTML;
            case ".json" -> JSON;
            case ".md", ".markdown" -> MARKDOWN;
            default -> throw new IllegalStateException("a suffix without a format: " + suffix);
        };
    }

    /** From the text itself, when neither type nor name says. */
    public static Format sniff(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') return JSON;
            if (c == '<') {
                String head = text.substring(i, Math.min(text.length(), i + 512)).toLowerCase(Locale.ROOT);
                if (head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
                        || head.contains("<p") || head.contains("<div") || head.contains("<article")) {
                    return HTML;
                }
            }
        }
        if (text.startsWith("# ") || text.contains("\n# ") || text.contains("\n## ")) return MARKDOWN;
        return TEXT;
    }
}
