package io.ascent.ui.shell;

import io.ascent.text.I18n;
import io.ascent.ui.common.DocumentSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Help menu's pages: how Ascent works, and what it is, where its data lives and what it is made of. */
public final class HelpTopics {

    /** What the About page says about this copy of Ascent and the open database. */
    public record AboutFacts(String version, Path database, Path backups, Path settings) {}

    /** A library Ascent ships with, and its license (names are proper names, not translated). */
    record Library(String name, String license) {}

    static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX)", "GPL 2.0 with the Classpath Exception"),
            new Library("ControlsFX", "BSD 3-Clause"),
            new Library("Ikonli, with the Feather icons", "Apache License 2.0; icons MIT"),
            new Library("SQLite JDBC (xerial), with SQLite", "Apache License 2.0; SQLite public domain"),
            new Library("Jackson", "Apache License 2.0"),
            new Library("json-schema-validator (networknt)", "Apache License 2.0"),
            new Library("Apache PDFBox", "Apache License 2.0"),
            new Library("ICU4J", "Unicode License v3"),
            new Library("picocli", "Apache License 2.0"),
            new Library("SLF4J", "MIT"));

    private HelpTopics() {}

    public static String howItWorksTitle() {
        return I18n.t("help.how.title");
    }

    public static List<DocumentSection> howItWorks() {
        return List.of(
                section("help.how.readiness.title", "help.how.readiness.text"),
                section("help.how.level.title", "help.how.level.text"),
                section("help.how.pace.title", "help.how.pace.text"),
                section("help.how.checkIns.title", "help.how.checkIns.text"),
                section("help.how.private.title", "help.how.private.text"));
    }

    public static String aboutTitle() {
        return I18n.t("help.about.title");
    }

    public static List<DocumentSection> about(AboutFacts facts) {
        List<String> libraries = new ArrayList<>();
        libraries.add(I18n.t("help.about.libraries.text"));
        for (Library library : LIBRARIES) {
            libraries.add("\u2022 " + library.name() + " \u2014 " + library.license());
        }
        return List.of(
                new DocumentSection(I18n.t("help.about.version", facts.version()), I18n.t("help.about.tagline")),
                new DocumentSection(
                        I18n.t("help.about.data.title"),
                        I18n.t(
                                "help.about.data.text",
                                facts.database().toAbsolutePath(),
                                facts.backups().toAbsolutePath(),
                                facts.settings().toAbsolutePath())),
                new DocumentSection(I18n.t("help.about.fonts.title"), I18n.t("help.about.fonts.text")),
                new DocumentSection(I18n.t("help.about.libraries.title"), libraries));
    }

    private static DocumentSection section(String headingKey, String textKey) {
        return new DocumentSection(I18n.t(headingKey), I18n.t(textKey));
    }
}
