package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static cn.gov.shandong.circular.acceptance.Fixtures.count;
import static cn.gov.shandong.circular.acceptance.Fixtures.reviewBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.testing.PlatformTestResource;
import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only the programme's moves are possible; anything else is 409 and changes nothing. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
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

        as(TestTokens.cityOfficer("370100"))
                .body(reviewBody("PASSED", 75, "通过"))
                .post("/api/v1/applications/{id}/review", id)
                .then().statusCode(200).body("status", equalTo("PASSED"));

        // Reviewing twice.
        as(TestTokens.cityOfficer("370100"))
                .body(reviewBody("FAILED", 40, "改判"))
                .post("/api/v1/applications/{id}/review", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(ILLEGAL));
        as(TestTokens.provinceAdmin()).get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("PASSED"))
                .body("review.score", equalTo(75))
                .body("review.comments", equalTo("通过"))
                .body("version", equalTo(1));
        assertThat(eventsOfPark()).isEqualTo(2);

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
        assertThat(eventsOfPark()).isEqualTo(3);
    }

    private long eventsOfPark() {
        return count(entityManager, "select count(*) from outbox_event where event_key = 'SDP003'");
    }
}
