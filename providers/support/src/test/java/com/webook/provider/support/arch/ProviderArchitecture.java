package com.webook.provider.support.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.webook.api.common.v1.ErrorCodes;
import com.webook.provider.support.error.Rejected;

/**
 * The rules every provider checks against its own classes: the domain is plain Java, free of Spring,
 * Dubbo, MyBatis, the persistence and messaging libraries and the published contract, so rules can be
 * read and tested without any of them; use cases do not reach adapters; every rejection has a declared
 * error code. {@link ThisProviderArchitecture} checks them all in every provider module.
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
        static final ArchRule domainDoesNotDependOnTheContract = domainDoesNotDependOnTheContract();

        @ArchTest
        static final ArchRule applicationDoesNotDependOnInfrastructure = applicationDoesNotDependOnInfrastructure();

        @ArchTest
        static final ArchRule rpcAdaptersDoNotReachPersistence = rpcAdaptersDoNotReachPersistence();

        @ArchTest
        static final ArchRule everyRejectionHasADeclaredCode = everyRejectionHasADeclaredCode();

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

    public static ArchRule domainDoesNotDependOnTheContract() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("com.webook.api..")
                .because("the published contract is the RPC adapter's to map; the domain keeps its own types");
    }

    public static ArchRule applicationDoesNotDependOnInfrastructure() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .because("use cases talk to ports in the domain; adapters are wired in by configuration");
    }

    /**
     * Every rejection a context's domain can throw reaches the callers of every service its RPC adapters
     * export as a declared code: the contract's {@code @ErrorCodes} enum has a constant of the same name
     * (see {@code ErrorBoundary}). Checked from each RPC adapter over the classes of its context.
     */
    public static ArchRule everyRejectionHasADeclaredCode() {
        return classes().that().resideInAPackage("..rpc..").and().areNotInterfaces()
                .should(new ArchCondition<JavaClass>("declare a code for every rejection of its context") {
                    @Override
                    public void check(JavaClass adapter, ConditionEvents events) {
                        List<Class<?>> services = adapter.getAllRawInterfaces().stream()
                                .filter(service -> service.isAnnotatedWith(ErrorCodes.class))
                                .<Class<?>>map(JavaClass::reflect).toList();
                        JavaPackage context = adapter.getPackage().getParent().orElseThrow();
                        for (JavaClass rejected : context.getClassesInPackageTree()) {
                            if (!rejected.isAssignableTo(Rejected.class) || rejected.getModifiers().contains(JavaModifier.ABSTRACT)) {
                                continue;
                            }
                            Class<?> reasons = reasonsOf(rejected.reflect());
                            for (Class<?> service : services) {
                                Set<String> declared = Arrays.stream(service.getAnnotation(ErrorCodes.class).value().getEnumConstants())
                                        .map(code -> ((Enum<?>) code).name()).collect(Collectors.toSet());
                                for (Object reason : reasons.getEnumConstants()) {
                                    String name = ((Enum<?>) reason).name();
                                    events.add(new SimpleConditionEvent(adapter, declared.contains(name),
                                            rejected.getSimpleName() + " " + name + " has "
                                                    + (declared.contains(name) ? "" : "no ") + "code of that name in "
                                                    + service.getAnnotation(ErrorCodes.class).value().getSimpleName()
                                                    + ", which " + service.getSimpleName() + " answers with"));
                                }
                            }
                        }
                    }
                })
                .because("a rejection without a declared code would reach the caller as an internal error")
                .allowEmptyShould(true);
    }

    /** The enum a rejection's {@code rejection()} returns (its own override, not the base's {@code Enum}). */
    private static Class<?> reasonsOf(Class<?> rejected) {
        return Arrays.stream(rejected.getMethods())
                .filter(method -> method.getName().equals("rejection") && method.getParameterCount() == 0
                        && !method.isBridge())
                .map(Method::getReturnType)
                .filter(Class::isEnum)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(rejected + " must override rejection() with its enum"));
    }

    public static ArchRule rpcAdaptersDoNotReachPersistence() {
        return noClasses().that().resideInAPackage("..rpc..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure.persistence..")
                .because("the RPC adapter maps records to use cases, nothing else");
    }
}
