package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathTests {

    @Test
    void pathsInsideBinomeAreLocal() {
        assertThat(LocalPath.isLocal("/mentorships/12/sessions/3")).isTrue();
        assertThat(LocalPath.isLocal("/me/help?programId=1#form")).isTrue();
        assertThat(LocalPath.isLocal("/")).isTrue();
    }

    @Test
    void anythingThatABrowserWouldTakeToAnotherSiteIsNot() {
        for (var outside : new String[] {
            null,
            "",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "javascript:alert(1)",
            "/%2F%2Fevil.example",
            "/%5Cevil.example",
            "/ok\r\nLocation: https://evil.example",
            "evil.example/path",
            " /me",
            "/\tx"
        }) {
            assertThat(LocalPath.isLocal(outside)).as(String.valueOf(outside)).isFalse();
        }
    }
}
