package org.binome.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.binome.shared.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A proposed pair, or group, with its score; a draft until published, then each person accepts or declines. */
@Table("matching_proposal")
class Proposal {

    enum Status {
        DRAFT,
        PUBLISHED,
        ACCEPTED,
        DECLINED,
        REMOVED,
        /**
         * Accepted, then the pair it started ended early with a new pair offered: its members are free for matching
         * again, never with each other.
         */
        ENDED
    }

    enum Answer {
        ACCEPTED,
        DECLINED
    }

    @Id
    Long id;

    long programId;
    Long runId;
    double score;
    String components;
    boolean locked;
    Status status;
    Instant createdAt;
    Instant publishedAt;
    Instant decidedAt;

    @MappedCollection(idColumn = "proposal", keyColumn = "proposal_key")
    List<Member> members = new ArrayList<>();

    @Version
    Integer version;

    static Proposal draft(
            long programId,
            Long runId,
            List<String> mentors,
            List<String> mentees,
            double score,
            double[] components,
            boolean locked,
            Instant now) {
        var proposal = new Proposal();
        proposal.programId = programId;
        proposal.runId = runId;
        proposal.score = Math.round(score * 10) / 10.0;
        proposal.components = Arrays.stream(components)
                .mapToObj(v -> String.format(Locale.ROOT, "%.3f", v))
                .collect(Collectors.joining(","));
        proposal.locked = locked;
        proposal.status = Status.DRAFT;
        proposal.createdAt = now;
        mentors.forEach(m -> proposal.members.add(Member.of(m, "MENTOR")));
        mentees.forEach(m -> proposal.members.add(Member.of(m, "MENTEE")));
        return proposal;
    }

    List<String> mentors() {
        return members.stream()
                .filter(Member::mentor)
                .map(m -> m.employeeNumber)
                .toList();
    }

    List<String> mentees() {
        return members.stream()
                .filter(m -> !m.mentor())
                .map(m -> m.employeeNumber)
                .toList();
    }

    List<String> people() {
        return members.stream().map(m -> m.employeeNumber).toList();
    }

    double[] componentValues() {
        return componentValues(components);
    }

    /** The score components as stored: comma-separated, in {@link ScoreComponent}'s order. */
    static double[] componentValues(String components) {
        return Arrays.stream(components.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    boolean includes(String employeeNumber) {
        return members.stream().anyMatch(m -> m.employeeNumber.equals(employeeNumber));
    }

    /** Records one person's answer; returns true when everyone has now accepted. */
    boolean answer(String employeeNumber, Answer answer, Instant now) {
        if (status != Status.PUBLISHED) {
            throw RuleViolation.conflict("matching.error.notOpenForAnswer");
        }
        var member = members.stream()
                .filter(m -> m.employeeNumber.equals(employeeNumber))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("matching.error.notFound"));
        member.answer = answer.name();
        member.answeredAt = now;
        if (answer == Answer.DECLINED) {
            status = Status.DECLINED;
            decidedAt = now;
            return false;
        }
        if (members.stream().allMatch(m -> Answer.ACCEPTED.name().equals(m.answer))) {
            status = Status.ACCEPTED;
            decidedAt = now;
            return true;
        }
        return false;
    }

    String answerOf(String employeeNumber) {
        return members.stream()
                .filter(m -> m.employeeNumber.equals(employeeNumber))
                .findFirst()
                .map(m -> m.answer)
                .orElse(null);
    }

    @Table("matching_proposal_member")
    static class Member {
        String employeeNumber;
        String role;
        String answer;
        Instant answeredAt;

        static Member of(String employeeNumber, String role) {
            var member = new Member();
            member.employeeNumber = employeeNumber;
            member.role = role;
            return member;
        }

        boolean mentor() {
            return "MENTOR".equals(role);
        }
    }
}
