package org.binome.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module brings its own texts as {@code messages/<module>_fr.properties} and {@code _en.properties}; they are
 * all found on the class path, so adding a module never means editing a shared list.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        // French is the product's first language: a text missing in English shows in French, never as a key.
        source.setDefaultLocale(java.util.Locale.FRENCH);
        return source;
    }

    static String[] moduleBundles() {
        try {
            var resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_fr.properties");
            return Arrays.stream(resources)
                    .map(r -> "messages/" + r.getFilename().replace("_fr.properties", ""))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
