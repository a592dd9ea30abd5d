package readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import readout.article.Format;

/**
 * The articles a command reads: files and folders given on the command line, standard input ("-"), or the embedded
 * samples. A folder is walked for article files only ({@link Format#SUFFIXES}), leaving out hidden files and folders
 * and annotation files; a file named on the command line is read whatever its name.
 */
final class Inputs {
    /** What the paths hold: the inputs in order, and what a walk left out (hidden, or not an article by its name). */
    record Selection(List<Input> inputs, List<String> skipped) {}

    /** One input: the name it is reported under (null for unnamed stdin) and where its bytes are. */
    record Input(String source, Path path, String resource, InputStream stream) {
        /** How messages name it. */
        String name() {
            return source != null ? source : "stdin";
        }

        /**
         * Its bytes, when there are at most {@code maxBytes}: a larger file is refused by its size before any is read,
         * and a stream is read no further than the limit, so no input costs more memory than that.
         */
        Content read(int maxBytes) throws IOException {
            if (path != null) {
                long size = Files.size(path);
                if (size > maxBytes) return Content.tooLarge(size, true, "file:" + size + ":" + Files.getLastModifiedTime(path).toMillis());
                try (InputStream in = Files.newInputStream(path)) {
                    return Content.bounded(in, maxBytes); // it may have grown since
                }
            }
            if (stream != null) return Content.bounded(stream, maxBytes);
            try (InputStream in = Inputs.class.getResourceAsStream(resource)) {
                if (in == null) throw new IOException("missing sample " + resource);
                return Content.bounded(in, maxBytes);
            }
        }
    }

    /**
     * An input's bytes, or null when it is over the limit: then {@code size} is its size ({@code exact}) or, for a stream
     * read up to the limit, a lower bound, and {@code contentId} stands in for the hash of content that was not read.
     */
    record Content(byte[] bytes, long size, boolean exact, String contentId) {
        boolean tooLarge() {
            return bytes == null;
        }

        static Content tooLarge(long size, boolean exact, String contentId) {
            return new Content(null, size, exact, contentId);
        }

        static Content bounded(InputStream in, int maxBytes) throws IOException {
            byte[] b = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
            if (b.length <= maxBytes) return new Content(b, b.length, true, null);
            return tooLarge(b.length, false, "prefix-sha256:" + sha256(b));
        }

        /** Why it is refused, as a FAILED record says it. */
        String refusal(int maxBytes) {
            return exact ? "the file is " + size + " bytes; the limit is " + maxBytes
                    : "the input holds more than " + maxBytes + " bytes, the limit; it was not read further";
        }
    }

    private Inputs() {}

    static Selection of(List<String> args) throws IOException {
        return of(args, null, null);
    }

    /** As {@link #of(List)}, with "-" naming {@code stdin}, reported as {@code stdinName} (null: unnamed). */
    static Selection of(List<String> args, InputStream stdin, String stdinName) throws IOException {
        if (args.isEmpty()) return new Selection(samples(), List.of());
        List<Input> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String a : args) {
            Path p;
            try {
                p = Path.of(a);
            } catch (java.nio.file.InvalidPathException e) {
                throw new IOException("not a path: " + a);
            }
            if (a.equals("-") && stdin != null) {
                out.add(new Input(stdinName, null, null, stdin));
            } else if (Files.isDirectory(p)) {
                out.addAll(walk(p, skipped));
            } else if (Files.isRegularFile(p)) {
                out.add(new Input(p.toString(), p, null, null));
            } else {
                throw new IOException("no such file or folder: " + a);
            }
        }
        skipped.sort(null);
        return new Selection(out, skipped);
    }

    /** The article files under a folder in path order; what is left out goes to {@code skipped} (a hidden folder once). */
    private static List<Input> walk(Path root, List<String> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && isHidden(dir)) {
                    skipped.add(dir + "/");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // links are not followed into folders, but a link to a file is read as the file
                if (!attrs.isRegularFile() && !(attrs.isSymbolicLink() && Files.isRegularFile(file))) return FileVisitResult.CONTINUE;
                String name = file.getFileName().toString();
                // annotation files beside articles (NAME.gold.json) are not articles, and expected there
                if (name.endsWith(".gold.json")) return FileVisitResult.CONTINUE;
                if (isHidden(file) || Format.fromName(name) == null) skipped.add(file.toString());
                else files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.add(file + " (unreadable: " + e.getClass().getSimpleName() + ")");
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        List<Input> out = new ArrayList<>();
        for (Path f : files) out.add(new Input(f.toString(), f, null, null));
        return out;
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** The sample articles shipped inside the jar: the default when no path is given. */
    static List<Input> samples() {
        List<Input> out = new ArrayList<>();
        try (InputStream in = Inputs.class.getResourceAsStream("/readout/samples/index.txt")) {
            if (in == null) return out;
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!name.isBlank()) out.add(new Input("samples/" + name.trim(), null, "/readout/samples/" + name.trim(), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
