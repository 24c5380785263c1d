package com.webook.governance.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.webook.api.common.v1.Idempotent;
import com.webook.api.common.v1.NotIdempotent;
import org.apache.dubbo.config.MethodConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.junit.jupiter.api.Test;

class ContractRetriesTest {

    interface Folders {
        @Idempotent
        List<String> list(long userId);

        @NotIdempotent("a retried create answers 'name taken'")
        long create(long userId, String name);

        @Idempotent
        void rename(long userId, long id, String name);
    }

    @Test
    void idempotentMethodsFailOverOnceAndTheOthersNever() {
        ReferenceConfig<Folders> reference = reference();

        new ContractRetries().postProcessReferConfig(reference);

        assertThat(retries(reference)).containsExactlyInAnyOrderEntriesOf(Map.of("list", 1, "create", 0, "rename", 1));
    }

    @Test
    void whatTheClientConfiguresWinsAndTheRestIsFilledIn() {
        ReferenceConfig<Folders> reference = reference();
        MethodConfig noRetry = method("list");
        noRetry.setRetries(0);
        MethodConfig slowCreate = method("create");
        slowCreate.setTimeout(3_000);
        reference.setMethods(List.of(noRetry, slowCreate));

        new ContractRetries().postProcessReferConfig(reference);

        assertThat(retries(reference)).containsExactlyInAnyOrderEntriesOf(Map.of("list", 0, "create", 0, "rename", 1));
        assertThat(reference.getMethods()).filteredOn(m -> m.getName().equals("create"))
                .singleElement().extracting(MethodConfig::getTimeout).isEqualTo(3_000);
    }

    @Test
    void aClientConfiguringAMethodTheInterfaceDoesNotHaveFailsAtStartUp() {
        ReferenceConfig<Folders> reference = reference();
        reference.setMethods(List.of(method("renameFolder")));

        assertThatThrownBy(() -> new ContractRetries().postProcessReferConfig(reference))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("renameFolder");
    }

    private static ReferenceConfig<Folders> reference() {
        ReferenceConfig<Folders> reference = new ReferenceConfig<>();
        reference.setInterface(Folders.class);
        return reference;
    }

    private static MethodConfig method(String name) {
        MethodConfig method = new MethodConfig();
        method.setName(name);
        return method;
    }

    private static Map<String, Integer> retries(ReferenceConfig<?> reference) {
        return reference.getMethods().stream().collect(Collectors.toMap(MethodConfig::getName, MethodConfig::getRetries));
    }
}
