package cn.gov.shandong.circular.common.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The platform's layering, checked on compiled classes (ArchUnit), shared by the library's and each service's
 * {@code ArchitectureTest}:
 * <ul>
 *   <li>HTTP stays at the edge: only resources, JAX-RS providers (mappers, filters) and {@code web} packages use
 *       JAX-RS, the problem+json library or the {@code Problems} factory; services and entities throw the domain
 *       exceptions of {@code common.domain}, which one mapper renders;</li>
 *   <li>resources → services → entities: nothing depends on a resource, and an entity on no service;</li>
 *   <li>the library ({@code common}, {@code events}) knows no service, and no service knows another.</li>
 * </ul>
 */
public final class ArchitectureRules {

    public static final String ROOT = "cn.gov.shandong.circular";
    private static final List<String> SERVICES = List.of("parks", "plans", "acceptance", "reporting");

    private ArchitectureRules() {
    }

    /**
     * The main classes of the module under test: its {@code target/classes} (Surefire runs in the module's folder),
     * read directly rather than by scanning the whole class path for a package, which takes half a minute.
     */
    public static JavaClasses mainClassesOfThisModule() {
        Path classes = Path.of("target", "classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("No compiled classes at " + classes.toAbsolutePath());
        }
        return new ClassFileImporter().importPath(classes);
    }

    /** The HTTP edge: resources, JAX-RS providers and the classes of a {@code web} package. */
    public static final DescribedPredicate<JavaClass> HTTP_EDGE = DescribedPredicate.describe(
            "resources, JAX-RS providers and web packages", c -> {
                JavaClass top = c.isNestedClass() ? outermost(c) : c;
                return top.getSimpleName().endsWith("Resource")
                || top.getSimpleName().endsWith("Filter")
                || top.getSimpleName().endsWith("Mapper")
                        || top.getPackageName().contains(".web")
                        || top.getPackageName().endsWith(".openapi")
                        || top.isAnnotatedWith("jakarta.ws.rs.ext.Provider")
                        || top.isAssignableTo("jakarta.ws.rs.ext.ExceptionMapper")
                        || top.isAssignableTo("jakarta.ws.rs.container.ContainerRequestFilter")
                        || top.isAssignableTo("jakarta.ws.rs.container.ContainerResponseFilter")
                        || top.isAssignableTo("io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor");
            });

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static final DescribedPredicate<JavaClass> RESOURCE =
            DescribedPredicate.describe("resources", c -> outermost(c).getSimpleName().endsWith("Resource"));

    /** Below the resources nothing speaks HTTP: no JAX-RS, no problem+json builders, no {@code Problems}. */
    public static final ArchRule HTTP_ONLY_AT_THE_EDGE = noClasses()
            .that(not(HTTP_EDGE))
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkiverse.resteasy.problem..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".common.web.Problems")
            .because("services and entities throw the domain exceptions of common.domain; DomainProblemMapper renders them");

    /** Resources are the top layer: no service, entity or library class calls one. */
    public static final ArchRule NOTHING_DEPENDS_ON_A_RESOURCE = noClasses()
            .that(not(RESOURCE))
            .should().dependOnClassesThat(RESOURCE)
            .because("resources → services → entities");

    /** Entities hold state and their own transitions; they call no service. */
    public static final ArchRule ENTITIES_CALL_NO_SERVICE = noClasses()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().dependOnClassesThat().areAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .because("resources → services → entities");

    /** The shared library and the event contracts know no service. */
    public static final ArchRule LIBRARY_KNOWS_NO_SERVICE = noClasses()
            .that().resideInAnyPackage(ROOT + ".common..", ROOT + ".events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    SERVICES.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
            .because("the library serves every service and may depend on none");

    /** A service reaches another only through events. */
    public static ArchRule knowsNoOtherService(String service) {
        return noClasses()
                .that().resideInAPackage(ROOT + "." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream()
                        .filter(s -> !s.equals(service)).map(s -> ROOT + "." + s + "..").toArray(String[]::new))
                .because("services exchange events over Kafka, never code");
    }

    /** Every rule a service's classes must keep. */
    public static void checkService(String service) {
        JavaClasses classes = mainClassesOfThisModule();
        HTTP_ONLY_AT_THE_EDGE.check(classes);
        NOTHING_DEPENDS_ON_A_RESOURCE.check(classes);
        ENTITIES_CALL_NO_SERVICE.check(classes);
        knowsNoOtherService(service).check(classes);
    }
}
