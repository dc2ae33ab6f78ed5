package cn.gov.shandong.circular.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code uri} label of the HTTP server metrics names a route template or a constant, never a path a caller made
 * up: a thousand junk paths, refused without a token, with a token (not found) or for an oversize body, leave the
 * set of labels as it was.
 */
@QuarkusTest
class UriLabelsTest {

    private static final Pattern URI_LABEL = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    @Test
    void aThousandJunkPathsAddNoUriLabel() {
        sendJunk(0, 3); // the constant labels (e.g. NOT_FOUND) exist from the first junk request on
        Set<String> before = uriLabels();
        sendJunk(3, 1_000);
        Set<String> after = uriLabels();
        assertThat(after).as("uri labels after 1,000 junk paths").isEqualTo(before);
        assertThat(after).noneMatch(label -> label.contains("junk"));
    }

    private static void sendJunk(int from, int to) {
        for (int i = from; i < to; i++) {
            String path = "/api/v1/junk-" + i + "/%24%7Bjndi";
            if (i % 20 == 2) {
                given().auth().oauth2(TestTokens.provinceAdmin()).contentType("application/json")
                        .body("{\"a\":\"" + "x".repeat(300 * 1024) + "\"}").post(path).then().statusCode(413);
            } else if (i % 2 == 0) {
                given().get(path).then().statusCode(401);
            } else {
                given().auth().oauth2(TestTokens.provinceAdmin()).get(path).then().statusCode(404);
            }
        }
    }

    private static Set<String> uriLabels() {
        Matcher labels = URI_LABEL.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        Set<String> found = new TreeSet<>();
        while (labels.find()) {
            found.add(labels.group(1));
        }
        return found;
    }
}
