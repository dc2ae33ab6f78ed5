package cn.gov.shandong.circular.common.architecture;

import cn.gov.shandong.circular.common.testing.ArchitectureRules;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The shared library keeps the platform's layering (not a @QuarkusTest: it reads compiled classes only). */
class LibraryArchitectureTest {

    private final JavaClasses library = ArchitectureRules.mainClassesOfThisModule();

    @Test
    void theLibraryKnowsNoService() {
        ArchitectureRules.LIBRARY_KNOWS_NO_SERVICE.check(library);
    }

    @Test
    void onlyTheLibrarysWebPackageSpeaksHttp() {
        ArchitectureRules.HTTP_ONLY_AT_THE_EDGE.check(library);
    }

    @Test
    void nothingInTheLibraryDependsOnAResource() {
        ArchitectureRules.NOTHING_DEPENDS_ON_A_RESOURCE.check(library);
    }
}
