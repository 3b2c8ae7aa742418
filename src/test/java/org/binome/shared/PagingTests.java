package org.binome.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PagingTests {

    @Test
    void aRequestGetsAPageFromTheFirstOfAnOfferedSize() {
        assertThat(Paging.of(0, null)).isEqualTo(new Paging(0, 25));
        assertThat(Paging.of(-4, 50)).isEqualTo(new Paging(0, 50));
        assertThat(Paging.of(3, 100)).isEqualTo(new Paging(3, 100));
        assertThat(Paging.of(2, 7)).as("a size not offered").isEqualTo(new Paging(2, 25));
        assertThat(Paging.of(2, 100_000)).isEqualTo(new Paging(2, 25));
        assertThat(Paging.of(Integer.MAX_VALUE, 100).offset())
                .as("no page so far that its first row overflows")
                .isEqualTo((long) Paging.MAX_PAGE * 100)
                .isLessThan(Integer.MAX_VALUE);
        assertThatThrownBy(() -> new Paging(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesAreCountedFromTheTotalAndAPagePastTheLastIsTheLast() {
        var third = new Paging(2, 25);
        assertThat(third.offset()).isEqualTo(50);
        assertThat(third.pages(0)).isEqualTo(1);
        assertThat(third.pages(25)).isEqualTo(1);
        assertThat(third.pages(26)).isEqualTo(2);
        assertThat(third.within(26)).isEqualTo(new Paging(1, 25));
        assertThat(third.within(0)).isEqualTo(new Paging(0, 25));
        assertThat(third.within(1_000)).isEqualTo(third);
    }

    @Test
    void thePagersLinksKeepEveryParameterButThePageEncoded() {
        var request = new MockHttpServletRequest("GET", "/admin/people");
        request.addParameter("q", "Éloïse & co");
        request.addParameter("department", "R&D");
        request.addParameter("size", "50");
        request.addParameter("page", "1");
        var pager = new Paging(1, 50).pager(120, false, request);
        assertThat(pager.pages()).isEqualTo(3);
        assertThat(pager.first()).isFalse();
        assertThat(pager.last()).isFalse();
        assertThat(pager.previous())
                .isEqualTo("/admin/people?q=%C3%89lo%C3%AFse%20%26%20co&department=R%26D&size=50&page=0");
        assertThat(pager.next())
                .isEqualTo("/admin/people?q=%C3%89lo%C3%AFse%20%26%20co&department=R%26D&size=50&page=2");
    }

    @Test
    void aListThatStoppedCountingHasOnePageMoreLeftOpen() {
        var pager = new Paging(0, 25).pager(1_000, true, "/admin/accounts", java.util.Map.of());
        assertThat(pager.pages()).isEqualTo(41);
        assertThat(pager.more()).isTrue();
        assertThat(pager.first()).isTrue();
        assertThat(pager.previous()).isEqualTo("/admin/accounts?page=0");
        assertThat(pager.next()).isEqualTo("/admin/accounts?page=1");
    }
}
