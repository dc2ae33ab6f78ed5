package cn.gov.shandong.circular.plans.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.web.DomainProblemMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.jackson.JacksonProblemSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refused visit or resolution is a domain refusal ({@link RuleViolated}, an invalid value); rendered by the
 * library's mapper it is the same problem+json, member for member and in the same order, as the hand-built
 * 400 answered before.
 */
class SupervisionRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(HttpProblem.class, new JacksonProblemSerializer()));

    @Test
    void oneViolationNamesItsFieldAndListsItself() throws Exception {
        RuleViolated refusal = SupervisionRefusals.invalid(List.of(
                new SupervisionRules.Violation("visitedOn", "visitedOn 2030-01-01 is in the future (today is 2019-05-16)")));

        assertEquals(RuleViolated.Kind.INVALID_VALUE, refusal.kind());
        assertEquals("visitedOn", refusal.field());
        assertEquals("{\"type\":\"urn:circular-parks:problem:bad-request\",\"status\":400,\"title\":\"Bad request\","
                + "\"detail\":\"visitedOn: visitedOn 2030-01-01 is in the future (today is 2019-05-16)\","
                + "\"field\":\"visitedOn\",\"violations\":[{\"field\":\"visitedOn\","
                + "\"message\":\"visitedOn 2030-01-01 is in the future (today is 2019-05-16)\"}]}", rendered(refusal));
    }

    @Test
    void severalViolationsNameTheFirstAndCountTheRest() throws Exception {
        RuleViolated refusal = SupervisionRefusals.invalid(List.of(
                new SupervisionRules.Violation("findings", "findings is required"),
                new SupervisionRules.Violation("actions[1].deadline", "deadline 2019-05-01 is before the visit"),
                new SupervisionRules.Violation("inspectors[0]", "inspectors[0] is blank")));

        assertEquals("{\"type\":\"urn:circular-parks:problem:bad-request\",\"status\":400,\"title\":\"Bad request\","
                + "\"detail\":\"findings: findings is required (and 2 more)\",\"field\":\"findings\","
                + "\"violations\":[{\"field\":\"findings\",\"message\":\"findings is required\"},"
                + "{\"field\":\"actions[1].deadline\",\"message\":\"deadline 2019-05-01 is before the visit\"},"
                + "{\"field\":\"inspectors[0]\",\"message\":\"inspectors[0] is blank\"}]}", rendered(refusal));
    }

    private static String rendered(RuleViolated refusal) throws Exception {
        return JSON.writeValueAsString(DomainProblemMapper.problemOf(refusal));
    }
}
