package cn.gov.shandong.circular.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.DomainException;
import cn.gov.shandong.circular.common.domain.ExpectedVersion;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.domain.StaleVersion;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each domain refusal answers the problem+json the API documents (the same as the {@link Problems} factory built
 * before the domain stopped speaking HTTP). Plain JUnit: the mapper is a pure function.
 */
class DomainProblemMapperTest {

    @Test
    void eachKindOfRefusalAnswersItsDocumentedStatusTypeAndTitle() {
        assertProblem(new NotFound("Park", "SDP999"), 404, "not-found", "Not found", "Park SDP999 does not exist");
        assertProblem(new OutOfScope("City 370200 is outside your scope"), 403, "out-of-scope", "Outside your scope",
                "City 370200 is outside your scope");
        assertProblem(new IllegalTransition("Only a SUBMITTED application can be reviewed"), 409, "illegal-transition",
                "Not allowed in the current state", "Only a SUBMITTED application can be reviewed");
        assertProblem(new StaleVersion("If-Match \"1\" does not match"), 412, "stale-version", "The resource has changed",
                "If-Match \"1\" does not match");
        assertProblem(new Conflict("open-application-exists", "Park SDP001 has an open application"), 409,
                "open-application-exists", "Conflict", "Park SDP001 has an open application");
        assertProblem(RuleViolated.notMet("conflict-of-interest", "Conflict of interest", "experts", "declared a stake"),
                422, "conflict-of-interest", "Conflict of interest", "declared a stake");
        assertProblem(RuleViolated.tooLarge("file", "over 20 MiB"), 413, "body-too-large", "Request body too large",
                "over 20 MiB");
        assertProblem(RuleViolated.unsupportedContent("file", "not a PDF"), 415, "unsupported-media-type",
                "Unsupported media type", "not a PDF");
    }

    @Test
    void aRefusalOfAFieldNamesTheFieldAsTheFactoryDid() {
        assertThat(members(DomainProblemMapper.problemOf(new InvalidReference("parkCode", "Park SDP999 is not known"))))
                .isEqualTo(members(Problems.unknownReference("parkCode", "Park SDP999 is not known")))
                .contains(422, "parkCode");
        assertThat(members(DomainProblemMapper.problemOf(RuleViolated.invalid("year", "year must be a year"))))
                .isEqualTo(members(Problems.badRequest("year", "year must be a year")))
                .contains(400, "year");
        assertThat(DomainProblemMapper.problemOf(new NotFound("Plan", "42")).getParameters()).doesNotContainKey("field");
    }

    @Test
    void extensionsFollowTheFieldInTheOrderTheyWereAdded() {
        List<Map<String, String>> violations = List.of(Map.of("field", "indicators", "message", "required"));
        HttpProblem problem = DomainProblemMapper.problemOf(
                RuleViolated.notMet("incomplete-plan", "The plan is incomplete", "indicators", "indicators: required")
                        .with("violations", violations).with("rows", 3));
        assertThat(problem.getParameters().keySet()).containsExactly("field", "violations", "rows");
        assertThat(problem.getParameters().get("violations")).isEqualTo(violations);
    }

    @Test
    void anExpectedVersionRefusesAnotherVersionWithTheWordsOfIfMatch() {
        ExpectedVersion expected = EntityTags.expected("W/\"3\", \"4\"");
        expected.check(3);
        expected.check(4);
        assertThatThrownBy(() -> expected.check(5)).isInstanceOf(StaleVersion.class)
                .hasMessage("If-Match W/\"3\", \"4\" does not match the current version \"5\"");
        EntityTags.expected(null).check(7);
        EntityTags.expected(" * ").check(7);
        assertThatThrownBy(() -> EntityTags.expected("\"abc\"").check(1)).isInstanceOf(StaleVersion.class);
    }

    /** What a client reads of a problem: status, type, title, detail and the extension members. */
    private static List<Object> members(HttpProblem problem) {
        return List.of(problem.getStatusCode(), problem.getType().toString(), problem.getTitle(), problem.getDetail(),
                problem.getParameters().toString(), problem.getParameters().getOrDefault("field", "-"));
    }

    private static void assertProblem(DomainException refusal, int status, String slug, String title, String detail) {
        HttpProblem problem = DomainProblemMapper.problemOf(refusal);
        assertThat(problem.getStatusCode()).isEqualTo(status);
        assertThat(problem.getType()).hasToString(Problems.TYPE_PREFIX + slug);
        assertThat(problem.getTitle()).isEqualTo(title);
        assertThat(problem.getDetail()).isEqualTo(detail);
    }
}
