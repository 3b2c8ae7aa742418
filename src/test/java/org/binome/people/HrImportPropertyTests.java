package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The name splitter and the date formats, on random names and dates: what is written is read back. */
class HrImportPropertyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Set<String> PROBLEMS = Set.of("missingValue", "nameNoComma", "nameNotSplit", "nameNoCapitals");

    record Name(String first, String last) {}

    @Provide
    Arbitrary<String> word() {
        return Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings()
                                .withChars("abcdefghijklmnopqrstuvwxyzéèïô")
                                .ofMinLength(1)
                                .ofMaxLength(9))
                .as((initial, rest) -> initial + rest)
                .filter(w -> !Set.of(
                                "de", "del", "della", "der", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
                                "van", "von", "ter", "ten", "ben", "bin", "ibn", "el", "al", "st", "mac", "jr", "sr",
                                "ii", "iii", "iv")
                        .contains(w.toLowerCase(Locale.ROOT)));
    }

    @Provide
    Arbitrary<Name> name() {
        var first = word().list().ofMinSize(1).ofMaxSize(2).map(words -> String.join(" ", words));
        var particle = Arbitraries.of("", "de ", "van ", "de la ", "ben ");
        var last = Combinators.combine(particle, word()).as((p, w) -> p + w);
        return Combinators.combine(first, last).as(Name::new);
    }

    @Property(tries = 300)
    void lastCommaFirstGivesBackBothNamesWithMiddleNamesOnTheFirst(@ForAll("name") Name name) {
        var split = NameSplitter.split(name.last() + ",  " + name.first() + " ", NameSplitter.Order.LAST_COMMA_FIRST);

        assertThat(split.ok()).isTrue();
        assertThat(split.first()).isEqualTo(name.first());
        assertThat(split.last()).isEqualTo(name.last());
    }

    @Property(tries = 300)
    void firstLastKeepsParticlesWithTheFamilyName(@ForAll("name") Name name) {
        var split = NameSplitter.split(name.first() + " " + name.last(), NameSplitter.Order.FIRST_LAST);

        assertThat(split.ok()).isTrue();
        assertThat(split.first()).isEqualTo(name.first());
        assertThat(split.last()).isEqualTo(name.last());
    }

    @Property(tries = 300)
    void upperLastFirstTakesTheCapitalsAsTheFamilyName(@ForAll("name") Name name) {
        var upper = name.last().toUpperCase(Locale.ROOT);
        var split = NameSplitter.split(upper + " " + name.first(), NameSplitter.Order.UPPER_LAST_FIRST);

        assertThat(split.ok()).isTrue();
        assertThat(split.first()).isEqualTo(name.first());
        assertThat(split.last()).isEqualTo(upper);
    }

    @Property(tries = 300)
    void anyTextEitherSplitsIntoTwoNonEmptyNamesOrSaysWhyNot(
            @ForAll @Size(max = 40) String text, @ForAll NameSplitter.Order order) {
        var split = NameSplitter.split(text, order);

        if (split.ok()) {
            assertThat(split.first()).isNotBlank();
            assertThat(split.last()).isNotBlank();
        } else {
            assertThat(PROBLEMS).contains(split.problem());
        }
    }

    @Provide
    Arbitrary<LocalDate> pastDate() {
        // within the last 99 years: a two-digit year then names one date only
        return Arbitraries.longs()
                .between(0, TODAY.toEpochDay() - TODAY.minusYears(99).toEpochDay())
                .map(days -> TODAY.minusDays(days));
    }

    private static String write(LocalDate date, DateFormat format) {
        return switch (format) {
            case ISO -> date.toString();
            case DAY_MONTH_YEAR -> DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
            case MONTH_DAY_YEAR -> DateTimeFormatter.ofPattern("M/d/yyyy").format(date);
            case DAY_MONTH_SHORT_YEAR -> DateTimeFormatter.ofPattern("dd.MM.yy").format(date);
            case MONTH_DAY_SHORT_YEAR -> DateTimeFormatter.ofPattern("M/d/yy").format(date);
            case TEXT ->
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(date);
            case EXCEL_SERIAL ->
                String.valueOf(date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay());
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** A column of dates written in one format. */
    record Column(List<LocalDate> dates, DateFormat format) {}

    @Provide
    Arbitrary<Column> columns() {
        return Combinators.combine(pastDate().list().ofMinSize(1).ofMaxSize(25), fullDateFormat())
                .as(Column::new);
    }

    @Provide
    Arbitrary<DateFormat> fullDateFormat() {
        return Arbitraries.of(DateFormat.values()).filter(f -> f != DateFormat.YEAR);
    }

    @Property(tries = 500)
    void everyFormatReadsBackWhatItWrites(@ForAll("pastDate") LocalDate date, @ForAll("fullDateFormat") DateFormat f) {
        if (f == DateFormat.EXCEL_SERIAL && date.getYear() < 1920) {
            return;
        }
        assertThat(f.parse(write(date, f), TODAY, DateFormat.Window.PAST)).isEqualTo(date);
    }

    @Property(tries = 300)
    void twoDigitYearsOfBirthAndHireDatesAreNeverInTheFuture(
            @ForAll("pastDate") LocalDate date, @ForAll boolean dayFirst) {
        var format = dayFirst ? DateFormat.DAY_MONTH_SHORT_YEAR : DateFormat.MONTH_DAY_SHORT_YEAR;
        var read = format.parse(write(date, format), TODAY, DateFormat.Window.PAST);

        assertThat(read).isEqualTo(date);
        assertThat(read).isBeforeOrEqualTo(TODAY);
    }

    @Property(tries = 300)
    void detectionFindsTheWritingFormatAndWarnsExactlyWhenNoDayIsAbove12(@ForAll("columns") Column column) {
        var dates = column.dates();
        var f = column.format();
        if (f == DateFormat.EXCEL_SERIAL && dates.stream().anyMatch(d -> d.getYear() < 1920)) {
            return;
        }
        var detection = DateFormat.detect(dates.stream().map(d -> write(d, f)).toList(), false, TODAY);

        assertThat(detection.fitting()).contains(f);
        boolean dayMonth = f == DateFormat.DAY_MONTH_YEAR
                || f == DateFormat.MONTH_DAY_YEAR
                || f == DateFormat.DAY_MONTH_SHORT_YEAR
                || f == DateFormat.MONTH_DAY_SHORT_YEAR;
        boolean noDayAbove12 = dates.stream().allMatch(d -> d.getDayOfMonth() <= 12);
        assertThat(detection.ambiguous()).isEqualTo(dayMonth && noDayAbove12);
        if (!detection.ambiguous()) {
            for (var date : dates) {
                assertThat(detection.format().parse(write(date, f), TODAY, DateFormat.Window.PAST))
                        .isEqualTo(date);
            }
        }
    }
}
