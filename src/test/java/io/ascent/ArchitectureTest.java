package io.ascent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.net.DatagramSocket;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;

@AnalyzeClasses(packages = "io.ascent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreLayersDoNotUseJavaFx = noClasses()
            .that()
            .resideInAnyPackage("io.ascent.domain..", "io.ascent.service..", "io.ascent.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("domain, service and persistence are plain Java, tested without a screen");

    @ArchTest
    static final ArchRule layersOnlyCallDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app")
            .definedBy("io.ascent.app..")
            .layer("ui")
            .definedBy("io.ascent.ui..")
            .layer("service")
            .definedBy("io.ascent.service..")
            .layer("persistence")
            .definedBy("io.ascent.persistence..")
            .layer("domain")
            .definedBy("io.ascent.domain..")
            .layer("text")
            .definedBy("io.ascent.text..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("service")
            .mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("persistence")
            .mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers("app", "ui", "service", "persistence")
            .whereLayer("text")
            .mayOnlyBeAccessedByLayers("app", "ui", "service", "persistence", "domain");

    @ArchTest
    static final ArchRule textIsALeaf = classes()
            .that()
            .resideInAPackage("io.ascent.text..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(
                    "io.ascent.app..",
                    "io.ascent.ui..",
                    "io.ascent.service..",
                    "io.ascent.persistence..",
                    "io.ascent.domain..")
            .because("every layer words its messages through the text package");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.ascent.(**)")
            .should()
            .beFreeOfCycles()
            .because("a package that needs another which needs it back is one concept split in two");

    @ArchTest
    static final ArchRule fileFormatsDoNotUseSqlite = noClasses()
            .that()
            .resideInAPackage("io.ascent.persistence.files..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.ascent.persistence.sqlite..")
            .because("file formats and the database are two kinds of storage that meet only in services");

    @ArchTest
    static final ArchRule sqliteDoesNotUseFileFormats = noClasses()
            .that()
            .resideInAPackage("io.ascent.persistence.sqlite..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.ascent.persistence.files..")
            .because("file formats and the database are two kinds of storage that meet only in services");

    @ArchTest
    static final ArchRule viewsLiveInTheUi = noClasses()
            .that()
            .resideOutsideOfPackage("io.ascent.ui..")
            .should()
            .haveSimpleNameEndingWith("View")
            .because("a View is a JavaFX screen part; a data record below the ui is named for what it holds");

    // SqliteLibraryCache opens a class-path resource (a jar: URL inside Ascent's own jar) to read the
    // SQLite library's CRC; that connection never leaves the machine, so it is the one exception.
    @ArchTest
    static final ArchRule opensNoNetworkConnection = noClasses()
            .that()
            .resideInAPackage("io.ascent..")
            .and()
            .doNotHaveFullyQualifiedName("io.ascent.app.SqliteLibraryCache")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Socket.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(ServerSocket.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(DatagramSocket.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(URLConnection.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..", "javax.net..")
            .orShould()
            .callMethod(URL.class, "openConnection")
            .orShould()
            .callMethod(URL.class, "openConnection", Proxy.class)
            .orShould()
            .callMethod(URL.class, "openStream")
            .because("Ascent keeps everything on the user's machine: it opens no network connection, ever");
}
