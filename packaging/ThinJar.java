import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * The app jar for the installed image: Ascent's shaded jar without the JavaFX classes and native
 * libraries, because the image's runtime has JavaFX linked in as modules (classes of a package
 * that a named module holds would never be loaded from the class path anyway).
 * Usage: java packaging/ThinJar.java in.jar out.jar javafx-*.jar...
 */
public final class ThinJar {

    public static void main(String[] args) throws IOException {
        Set<String> javafx = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            try (JarFile jar = new JarFile(args[i])) {
                jar.stream()
                        .map(JarEntry::getName)
                        .filter(name -> !name.endsWith("/") && !name.startsWith("META-INF/"))
                        .forEach(javafx::add);
            }
        }
        if (javafx.isEmpty()) {
            throw new IllegalArgumentException("no JavaFX jars given");
        }
        int kept = 0;
        int dropped = 0;
        try (JarFile in = new JarFile(args[0]);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            for (JarEntry entry : in.stream().toList()) {
                if (javafx.contains(entry.getName())) {
                    dropped++;
                    continue;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
                kept++;
            }
        }
        System.out.printf("%s: %d entries, %d JavaFX entries left out%n", args[1], kept, dropped);
    }
}
