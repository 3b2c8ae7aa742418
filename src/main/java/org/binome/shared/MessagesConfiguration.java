package org.binome.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module brings its own texts as {@code messages/<module>_fr.properties} and {@code _en.properties}; they are
 * all found on the class path, so adding a module never means editing a shared list.
 *
 * <p>Read once and kept (no reload): Spring then merges every module's texts into one table per language, so a page's
 * hundred texts cost one look-up each, not one per module (with {@code ResourceBundleMessageSource}, a text of the
 * last module was searched through every module's bundle first: 6–10 % of a page's CPU on the pair and pairs pages).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(moduleBundles());
        source.setCacheSeconds(-1);
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
                    .map(r -> "classpath:messages/" + r.getFilename().replace("_fr.properties", ""))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
