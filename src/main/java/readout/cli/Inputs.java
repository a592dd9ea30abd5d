package readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles a command reads: files and folders given on the command line, or the embedded samples. */
final class Inputs {
    /** One input: the name it is reported under and a way to read its bytes. */
    record Input(String source, Path path, String resource) {
        byte[] read() throws IOException {
            if (path != null) return Files.readAllBytes(path);
            try (InputStream in = Inputs.class.getResourceAsStream(resource)) {
                if (in == null) throw new IOException("missing sample " + resource);
                return in.readAllBytes();
            }
        }
    }

    private Inputs() {}

    static List<Input> of(List<String> args) throws IOException {
        if (args.isEmpty()) return samples();
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            // annotation files beside articles (NAME.gold.json) are not articles
                            .filter(f -> !f.getFileName().toString().endsWith(".gold.json"))
                            .sorted()
                            .forEach(f -> out.add(new Input(f.toString(), f, null)));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Input(p.toString(), p, null));
            } else {
                throw new IOException("no such file or folder: " + a);
            }
        }
        return out;
    }

    /** The sample articles shipped inside the jar: the default when no path is given. */
    static List<Input> samples() {
        List<Input> out = new ArrayList<>();
        try (InputStream in = Inputs.class.getResourceAsStream("/readout/samples/index.txt")) {
            if (in == null) return out;
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!name.isBlank()) out.add(new Input("samples/" + name.trim(), null, "/readout/samples/" + name.trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
