package com.webook.provider.support.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every provider checks against its own classes: the domain is plain Java, free of Spring,
 * Dubbo, MyBatis and the persistence and messaging libraries, so rules can be read and tested without
 * any of them. A provider's ArchitectureTest includes them all with
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(ProviderArchitecture.Rules.class);}.
 */
public final class ProviderArchitecture {

    private ProviderArchitecture() {
    }

    /** Every rule, as ArchUnit tests. */
    public static final class Rules {

        @ArchTest
        static final ArchRule domainIsFrameworkFree = domainIsFrameworkFree();

        @ArchTest
        static final ArchRule domainDoesNotDependOnOuterLayers = domainDoesNotDependOnOuterLayers();

        @ArchTest
        static final ArchRule rpcAdaptersDoNotReachPersistence = rpcAdaptersDoNotReachPersistence();

        private Rules() {
        }
    }

    public static ArchRule domainIsFrameworkFree() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.dubbo..",
                        "org.apache.ibatis..",
                        "org.mybatis..",
                        "org.redisson..",
                        "io.lettuce..",
                        "org.apache.kafka..",
                        "com.fasterxml.jackson..",
                        "jakarta.persistence..",
                        "java.sql..")
                .because("the domain holds the rules and must not depend on frameworks or storage");
    }

    public static ArchRule domainDoesNotDependOnOuterLayers() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..rpc..")
                .because("dependencies point inwards, towards the domain");
    }

    public static ArchRule rpcAdaptersDoNotReachPersistence() {
        return noClasses().that().resideInAPackage("..rpc..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure.persistence..")
                .because("the RPC adapter maps records to use cases, nothing else");
    }
}
