package com.webook.provider.support.arch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.junit.LocationProvider;

/**
 * {@link ProviderArchitecture}'s rules over the classes of the provider being built. No provider has a
 * copy of this test: {@code providers/pom.xml} has Surefire run it from this module's test-jar in every
 * provider module, and hands it the module's main classes directory as {@value #MAIN_CLASSES}.
 */
@AnalyzeClasses(locations = ThisProviderArchitecture.MainClasses.class,
        importOptions = ImportOption.DoNotIncludeTests.class)
public class ThisProviderArchitecture {

    /** The system property naming the directory of the classes under test. */
    public static final String MAIN_CLASSES = "webook.arch.main-classes";

    @ArchTest
    static final ArchTests providerRules = ArchTests.in(ProviderArchitecture.Rules.class);

    /** The provider module's own compiled classes (not its dependencies', not its tests'). */
    public static final class MainClasses implements LocationProvider {

        @Override
        public Set<Location> get(Class<?> testClass) {
            String directory = System.getProperty(MAIN_CLASSES);
            if (directory == null || !Files.isDirectory(Path.of(directory))) {
                throw new IllegalStateException("set " + MAIN_CLASSES
                        + " to the module's compiled classes (providers/pom.xml does it for every provider); was " + directory);
            }
            return Set.of(Location.of(Path.of(directory)));
        }
    }
}
