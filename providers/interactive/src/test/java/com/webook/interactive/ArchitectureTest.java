package com.webook.interactive;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.webook.provider.support.arch.ProviderArchitecture;

@AnalyzeClasses(packages = "com.webook.interactive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests providerRules = ArchTests.in(ProviderArchitecture.Rules.class);
}
