package io.ascent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("service")
            .mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("persistence")
            .mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers("app", "ui", "service", "persistence");

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
