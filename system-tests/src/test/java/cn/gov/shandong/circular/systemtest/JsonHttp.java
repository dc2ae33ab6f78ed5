package cn.gov.shandong.circular.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * JSON over HTTP with a bearer token, for many client threads at once (REST Assured's static
 * configuration is not meant for that). A refused connection or a timeout is an {@link IOException},
 * as a browser or another system would see it.
 */
final class JsonHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A response: its status, its body as JSON (missing when empty or not JSON) and the problem type, if any. */
    record Reply(int status, JsonNode body) {

        String problemType() {
            return body.path("type").asText("");
        }

        boolean serverError() {
            return status >= 500;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    /** A POST with a JSON body, or with none at all when {@code body} is null. */
    Reply post(String url, String token, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        headers.forEach(request::header);
        return send(request, token);
    }

    Reply put(String url, String token, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        headers.forEach(request::header);
        return send(request, token);
    }

    private Reply send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request.timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), parse(response.body()));
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
