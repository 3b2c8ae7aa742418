package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTests {

    @Test
    void namesAreFoldedToLowerCaseWithoutAccents() {
        assertThat(SearchKeys.fold("Lefèvre")).isEqualTo("lefevre");
        assertThat(SearchKeys.fold("ÉLODIE Œuvray")).isEqualTo("elodie oeuvray");
        assertThat(SearchKeys.fold(null)).isNull();
    }

    @Test
    void thePrefixRangeEndsJustAfterEveryKeyStartingWithIt() {
        assertThat(SearchKeys.next("ler")).isEqualTo("les");
        assertThat(SearchKeys.next("laz")).isEqualTo("lb");
        assertThat(SearchKeys.next("b009")).isEqualTo("b00a");
        assertThat(SearchKeys.next("zz")).isNull();
        for (var key : new String[] {"ler", "lera", "lerzzz", "ler9"}) {
            assertThat(key.compareTo("ler")).isGreaterThanOrEqualTo(0);
            assertThat(key.compareTo(SearchKeys.next("ler"))).isNegative();
        }
    }
}
