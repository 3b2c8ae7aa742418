package org.binome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in French and in English, and every key a template names exists. */
class MessageBundlesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

    @Test
    void everyFrenchKeyHasAnEnglishTwinAndTheOtherWayRound() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            var french = files.filter(p -> p.getFileName().toString().endsWith("_fr.properties"))
                    .toList();
            assertThat(french).isNotEmpty();
            for (var fr : french) {
                var en = fr.resolveSibling(fr.getFileName().toString().replace("_fr.", "_en."));
                assertThat(en).as("English twin of %s", fr).exists();
                var frKeys = keys(fr);
                var enKeys = keys(en);
                assertThat(difference(frKeys, enKeys))
                        .as("keys in %s missing from %s", fr, en)
                        .isEmpty();
                assertThat(difference(enKeys, frKeys))
                        .as("keys in %s missing from %s", en, fr)
                        .isEmpty();
            }
        }
    }

    @Test
    void everyKeyUsedInATemplateExistsInFrench() throws IOException {
        var known = new HashSet<String>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (var fr :
                    files.filter(p -> p.toString().endsWith("_fr.properties")).toList()) {
                known.addAll(keys(fr));
            }
        }
        var missing = new TreeSet<String>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (var template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> keys(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
