package com.webook.provider.support.arch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.webook.provider.support.arch.sample.domain.LeakyAggregate;
import org.junit.jupiter.api.Test;

/** The rules catch what they are meant to catch. */
class ProviderArchitectureTest {

    @Test
    void domainRuleFailsForADomainClassUsingSpring() {
        JavaClasses classes = new ClassFileImporter().importClasses(LeakyAggregate.class);

        assertThatThrownBy(() -> ProviderArchitecture.domainIsFrameworkFree().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyAggregate")
                .hasMessageContaining("org.springframework");
    }

    @Test
    void rejectionRuleFailsForARejectionTheServiceDoesNotDeclare() {
        JavaClasses classes = new ClassFileImporter().importPackages("com.webook.provider.support.arch.sample");

        assertThatThrownBy(() -> ProviderArchitecture.everyRejectionHasADeclaredCode().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SampleRejected FORGOTTEN has no code of that name in SampleErrorCode")
                .hasMessageNotContaining("NAME_TAKEN has no code");
    }
}
