package cn.gov.shandong.circular.acceptance;

import static cn.gov.shandong.circular.acceptance.Fixtures.applyBody;
import static cn.gov.shandong.circular.acceptance.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retried and concurrent creates: Idempotency-Key and the one-open-application rule hold under load. */
@QuarkusTest
class IdempotentCreateTest {

    private static final String KEY = "gov-exchange-apply-2018-0001";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void parksAreKnown() {
        Fixtures.ensureParksKnown(entityManager);
    }

    @Test
    void sameKeyAndBodyReturnTheFirstResultAndAnotherBodyIsRefused() {
        String manager = TestTokens.parkManager("SDP005");
        String body = applyBody("SDP005", "济南经济开发区验收申请");

        Response first = as(manager).header("Idempotency-Key", KEY).body(body).post("/api/v1/applications");
        first.then().statusCode(201);
        String id = first.path("id");

        // A retry (same key, same content, other formatting) gets the same application.
        Response retry = as(manager).header("Idempotency-Key", KEY)
                .body(Fixtures.json(body).toPrettyString())
                .post("/api/v1/applications");
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(id))
                .body("status", equalTo("SUBMITTED"));

        // The same key for a different request is refused.
        as(manager).header("Idempotency-Key", KEY).body(applyBody("SDP005", "另一份申请"))
                .post("/api/v1/applications")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:circular-parks:problem:idempotency-key-reused"));

        assertThat(Fixtures.applicationsOf(entityManager, "SDP005")).isEqualTo(1);
        assertThat(Fixtures.eventsOf(entityManager, "SDP005")).isEqualTo(1);
        as(manager).get("/api/v1/applications/{id}", id).then().body("summary", equalTo("济南经济开发区验收申请"));
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneApplicationAndKeysAreScopedByCaller() throws Exception {
        // The same key string as another caller's: keys belong to their caller.
        String manager = TestTokens.parkManager("SDP011");
        String body = applyBody("SDP011", "淄博高新区验收申请");

        List<Response> responses = concurrently(6, () ->
                as(manager).header("Idempotency-Key", KEY).body(body).post("/api/v1/applications"));

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertThat(responses).extracting(r -> (String) r.path("id")).containsOnly((String) responses.get(0).path("id"));
        assertThat(responses).extracting(r -> (String) r.path("parkCode")).containsOnly("SDP011");
        assertThat(Fixtures.applicationsOf(entityManager, "SDP011")).isEqualTo(1);
        assertThat(Fixtures.eventsOf(entityManager, "SDP011")).isEqualTo(1);
    }

    @Test
    void concurrentApplicationsOfOneParkCreateOne() throws Exception {
        String manager = TestTokens.parkManager("SDP007");

        List<Response> responses = concurrently(6, () ->
                as(manager).body(applyBody("SDP007", "胶南经济开发区验收申请")).post("/api/v1/applications"));

        assertThat(responses).extracting(Response::statusCode).containsOnly(201, 409);
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409)
                .extracting(r -> (String) r.path("type"))
                .containsOnly("urn:circular-parks:problem:open-application-exists");
        assertThat(Fixtures.applicationsOf(entityManager, "SDP007")).isEqualTo(1);
        assertThat(Fixtures.eventsOf(entityManager, "SDP007")).isEqualTo(1);

        // Below the service's lock, the database itself refuses a second open application.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into acceptance_application (id, park_code, city_code, level, status, summary,
                                                            submitted_by, submitted_at)
                        values (gen_random_uuid(), 'SDP007', '370200', 'PROVINCIAL', 'RETURNED', '绕过服务',
                                'someone', now())""").executeUpdate()))
                .hasStackTraceContaining("acceptance_application_one_open_per_park");
        assertThat(Fixtures.applicationsOf(entityManager, "SDP007")).isEqualTo(1);
    }

    private static List<Response> concurrently(int requests, Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
