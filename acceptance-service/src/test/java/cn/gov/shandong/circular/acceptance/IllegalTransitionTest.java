package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only the programme's moves are possible; anything else is 409 and changes nothing. */
@QuarkusTest
class IllegalTransitionTest {

    private static final String ILLEGAL = "urn:circular-parks:problem:illegal-transition";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnown() {
        Fixtures.ensureParksKnown(entityManager);
    }

    @Test
    void onlyTheProgrammesMovesAreAllowed() {
        String id = as(TestTokens.parkManager("SDP003"))
                .body(applyBody("SDP003", "济南槐荫工业园区验收申请"))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");

        // Filing an application nobody has reviewed yet.
        as(TestTokens.provinceAdmin())
                .body("{\"remarks\":\"提前备案\"}")
                .post("/api/v1/applications/{id}/filing", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(ILLEGAL))
                .body("status", equalTo(409));
        as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("filing", nullValue())
                .body("version", equalTo(0));
        assertThat(eventsOfPark()).isEqualTo(1);

        // Resubmitting what was not returned.
        as(TestTokens.parkManager("SDP003"))
                .body("{\"summary\":\"未退回也重新提交\"}")
                .post("/api/v1/applications/{id}/resubmission", id)
                .then().statusCode(409)
                .body("type", equalTo(ILLEGAL));

        Fixtures.passed(id, "370100");
        long passedEvents = eventsOfPark();
        assertThat(passedEvents).isEqualTo(7);

        // Deciding twice, opening a second review, scoring after the decision.
        as(TestTokens.cityOfficer("370100"))
                .body(Fixtures.decisionBody("FAILED", "改判"))
                .post("/api/v1/applications/{id}/decision", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(ILLEGAL));
        as(TestTokens.cityOfficer("370100")).post("/api/v1/applications/{id}/review", id)
                .then().statusCode(409).body("type", equalTo(ILLEGAL));
        as(Fixtures.expert("expert.wang")).body(Fixtures.scoringBody(99))
                .put("/api/v1/applications/{id}/review/scores/expert.wang", id)
                .then().statusCode(409).body("type", equalTo(ILLEGAL));
        as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("PASSED"))
                .body("review.score", equalTo(86.3f))
                .body("review.comments", equalTo("同意通过验收"))
                .body("version", equalTo(2));
        assertThat(eventsOfPark()).isEqualTo(passedEvents);

        // A second open application of the same park.
        as(TestTokens.parkManager("SDP003"))
                .body(applyBody("SDP003", "再申请一次"))
                .post("/api/v1/applications")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:open-application-exists"));
        assertThat(Fixtures.applicationsOf(entityManager, "SDP003")).isEqualTo(1);

        as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", id)
                .then().statusCode(200).body("status", equalTo("FILED")).body("filing.remarks", nullValue());
        // Filed is final: no second filing, no new application.
        as(TestTokens.provinceAdmin()).post("/api/v1/applications/{id}/filing", id)
                .then().statusCode(409).body("type", equalTo(ILLEGAL));
        as(TestTokens.parkManager("SDP003"))
                .body(applyBody("SDP003", "已备案后再申请"))
                .post("/api/v1/applications")
                .then().statusCode(409);
        assertThat(Fixtures.applicationsOf(entityManager, "SDP003")).isEqualTo(1);
        assertThat(eventsOfPark()).isEqualTo(passedEvents + 1);
    }

    private long eventsOfPark() {
        return count(entityManager, "select count(*) from outbox_event where event_key = 'SDP003'");
    }
}
