package com.webook.governance.sentinel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import org.junit.jupiter.api.Test;

/** The default rules the bring-up loads (registry-config/sentinel-rules/) are rules Sentinel takes. */
class DefaultRulesTest {

    private static final Path RULES = Path.of("sentinel-rules");

    @Test
    void everyFileIsARuleTypeOfAnAppAndEveryRuleIsValidWithAShippedId() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RULES)) {
            files = walk.filter(path -> path.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        Set<Long> ids = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            RuleType type = RuleType.ofKey(name.substring(0, name.length() - ".json".length()));
            assertThat(type).as("%s names a rule type", file).isNotNull();
            assertThat(file.getParent().getFileName().toString()).as("the folder is an app").startsWith("webook-");
            for (AbstractRule rule : RuleCodec.decode(type, Files.readString(file))) {
                assertThat(rule.getId()).as("%s: ids below 1000 are the shipped rules'", file).isBetween(1L, 999L);
                assertThat(ids.add(rule.getId())).as("id %d is used once", rule.getId()).isTrue();
            }
        }
    }
}
