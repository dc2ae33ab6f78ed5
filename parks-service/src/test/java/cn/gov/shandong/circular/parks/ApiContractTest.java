package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.ApiContractCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract the front end and other systems build on (docs/api.md, "Contract linting"): the
 * document CI lints is the one the service serves, the shared parts (ApiContract) are on every operation,
 * and every operation has an id, a summary and examples that fit their schemas (ApiContractCheck).
 */
@QuarkusTest
class ApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode served() throws Exception {
        return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theDocumentWrittenAtBuildTimeIsTheOneServed() throws Exception {
        Path stored = Path.of("target/openapi/openapi.json");
        assertThat(stored).exists();
        assertThat(served()).isEqualTo(JSON.readTree(Files.readString(stored)));
    }

    @Test
    void everyOperationHasAnIdASummaryAndExamplesThatFitTheirSchemas() {
        ApiContractCheck.assertServedDocumentHolds();
    }

    @Test
    void everyOperationNamesItselfNeedsATokenAndDocumentsItsProblems() throws Exception {
        JsonNode document = served();
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String name = method.getKey() + " " + path.getKey();
            JsonNode operation = method.getValue();
            operations.add(name);
            assertThat(operation.path("operationId").asText()).as(name).isNotBlank();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("security").toString()).as(name).isEqualTo("[{\"bearer\":[]}]");
            JsonNode responses = operation.get("responses");
            for (String status : List.of("400", "401", "403", "429", "500")) {
                assertThat(responses.has(status)).as(name + " " + status).isTrue();
            }
            assertThat(responses.has("404")).as(name + " 404 iff the path names something")
                    .isEqualTo(path.getKey().contains("{"));
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().matches("[45]\\d\\d")) {
                    JsonNode resolved = response.getValue().has("$ref")
                            ? document.at("/components/responses/" + response.getValue().get("$ref").asText()
                                    .substring("#/components/responses/".length()))
                            : response.getValue();
                    assertThat(resolved.at("/content/application~1problem+json/schema/$ref").asText())
                            .as(name + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
        }));
        assertThat(operations).contains("get /api/v1/parks", "post /api/v1/parks", "get /api/v1/cities/{code}",
                "post /api/v1/outbox/{id}/release");
        assertThat(document.at("/paths/~1api~1v1~1parks/post/responses").has("409")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1parks/post/responses").has("422")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1parks/post/responses").has("413")).isTrue();
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
        // The registry (decision 42): imports take CSV or XLSX and list every rejection; changes are guarded by If-Match.
        assertThat(operations).contains("post /api/v1/parks/imports", "get /api/v1/parks/{code}/history",
                "post /api/v1/parks/{code}/rename", "post /api/v1/parks/{code}/level", "post /api/v1/parks/{code}/merger",
                "post /api/v1/parks/{code}/retirement");
        JsonNode imports = document.at("/paths/~1api~1v1~1parks~1imports/post");
        assertThat(imports.at("/requestBody/content").has("text/csv")).isTrue();
        assertThat(imports.at("/requestBody/content")
                .has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isTrue();
        assertThat(imports.at("/responses/422/content/application~1problem+json/example/rejections/0/row").asInt()).isEqualTo(3);
        assertThat(imports.at("/responses").has("201")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1parks~1{code}~1level/post/responses").has("412")).isTrue();
    }
}
