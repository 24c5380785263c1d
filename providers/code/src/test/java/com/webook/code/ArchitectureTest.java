package com.webook.code;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.webook.provider.support.arch.ProviderArchitecture;

@AnalyzeClasses(packages = "com.webook.code", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = ProviderArchitecture.domainIsFrameworkFree();

    @ArchTest
    static final ArchRule domainDoesNotDependOnOuterLayers = ProviderArchitecture.domainDoesNotDependOnOuterLayers();

    @ArchTest
    static final ArchRule rpcAdaptersDoNotReachPersistence = ProviderArchitecture.rpcAdaptersDoNotReachPersistence();
}
