package cn.gov.shandong.circular.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web front end's path through CORS, in a real browser (Debian's headless Chromium): a static page
 * served from the front end's origin logs in through Keycloak with the public client (authorization
 * code + PKCE), calls parks-service and reporting-service, and renders the progress table; the same
 * page from an origin that is not configured can neither log in nor read the APIs.
 *
 * <p>Reads only, so it can run beside the other system tests in any order. The allowed origin is the
 * services' default {@code quarkus.http.cors.origins} (the front end's development origin).
 */
@ExtendWith(LocalPlatform.Running.class)
@Order(3)
class BrowserCorsIT {

    /** Allowed by the services' CORS configuration and by the realm's client. */
    static final String ALLOWED_ORIGIN = "http://localhost:3000";
    /** Allowed nowhere. */
    static final String REFUSED_ORIGIN = "http://127.0.0.1:3999";
    static final Path SCREENSHOT = LocalPlatform.ROOT.resolve("system-tests/target/screenshots/progress-table.png");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);

    private static List<HttpServer> pageServers;
    private static ChromeDriver browser;

    @BeforeAll
    static void servePageAndStartBrowser() throws IOException {
        List<String> browserAndDriver = debianChromium();
        byte[] page = page();
        pageServers = List.of(serve(page, 3000), serve(page, 3999));
        ChromeOptions options = new ChromeOptions()
                .setBinary(browserAndDriver.get(0))
                // As root in a container, without a GPU, and without the background calls a closed network refuses.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1280,900",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(browserAndDriver.get(1)).toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowserAndPages() {
        if (browser != null) {
            browser.quit();
        }
        if (pageServers != null) {
            pageServers.forEach(server -> server.stop(0));
        }
    }

    @Test
    void pageFromTheFrontEndsOriginLogsInWithPkceAndRendersTheProgressTable() throws IOException {
        browser.get(ALLOWED_ORIGIN + "/");
        // Keycloak's login form: the page sent the browser there with a PKCE challenge.
        WebElement username = new WebDriverWait(browser, PAGE_WAIT)
                .until(driver -> driver.findElements(By.id("username")).stream().findFirst().orElse(null));
        assertThat(browser.getCurrentUrl())
                .startsWith(Keycloak.URL + "/realms/circular-parks/protocol/openid-connect/auth")
                .contains("client_id=circular-parks-web", "code_challenge_method=S256");
        username.sendKeys("province.admin");
        browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        WebElement status = finishedStatus();
        assertThat(status.getDomAttribute("data-state")).as(status.getText()).isEqualTo("done");
        assertThat(browser.getCurrentUrl()).isEqualTo(ALLOWED_ORIGIN + "/");
        assertThat(browser.findElement(By.id("who")).getText())
                .contains("province.admin", "circular-parks-web", ALLOWED_ORIGIN);
        // The page shows what the two services answer: the registry's size and Attachment 1's rows.
        int registered = given().auth().oauth2(Keycloak.token("province.admin"))
                .when().get(FilingFlowIT.PARKS + "/api/v1/parks?size=1").then().statusCode(200)
                .extract().path("total");
        assertThat(status.getText()).contains("园区名录 " + registered + " 个", "进展表 17 个市");
        List<WebElement> rows = browser.findElements(By.cssSelector("#table tbody tr"));
        assertThat(rows).hasSize(18);
        assertThat(rows.get(0).getText()).startsWith("济南市");
        List<String> province = rows.get(17).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        // 全省: 2018 / 2019 / 2020 planned and completed, then cumulative planned 106 (Attachment 1).
        assertThat(province.get(0)).isEqualTo("全省");
        assertThat(province.get(province.size() - 2)).isEqualTo("106");

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void pageFromAnOriginNotAllowedCanNeitherLogInNorReadTheApis() {
        // Keycloak refuses to send a code to a redirect URI outside the client's list.
        browser.get(REFUSED_ORIGIN + "/");
        new WebDriverWait(browser, PAGE_WAIT).until(driver -> driver.getPageSource().contains("redirect_uri"));
        assertThat(browser.getCurrentUrl()).startsWith(Keycloak.URL);
        assertThat(browser.getPageSource()).contains("Invalid parameter: redirect_uri");

        // Even with a valid token in hand, the browser refuses to let that origin read the services' answers.
        browser.get(REFUSED_ORIGIN + "/#access_token=" + Keycloak.token("province.admin"));
        WebElement status = finishedStatus();
        assertThat(status.getDomAttribute("data-state")).isEqualTo("failed");
        assertThat(status.getText()).contains("Failed to fetch");
        assertThat(browser.findElements(By.cssSelector("#table tr"))).isEmpty();

        // What the browser saw: the services grant the preflight to the front end's origin only.
        for (String service : List.of(FilingFlowIT.PARKS, FilingFlowIT.REPORTING)) {
            Response allowed = preflight(service, ALLOWED_ORIGIN);
            assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
            assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
            assertThat(preflight(service, REFUSED_ORIGIN).header("Access-Control-Allow-Origin")).isNull();
        }
    }

    private static WebElement finishedStatus() {
        return new WebDriverWait(browser, PAGE_WAIT).until(driver -> {
            List<WebElement> found = driver.findElements(By.id("status"));
            return !found.isEmpty() && !"loading".equals(found.get(0).getDomAttribute("data-state")) ? found.get(0) : null;
        });
    }

    private static Response preflight(String service, String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options(service + "/api/v1/parks")
                .then().extract().response();
    }

    /** Debian's Chromium and ChromeDriver, installed by deploy/local/browser.sh when missing. */
    private static List<String> debianChromium() throws IOException {
        Process script = new ProcessBuilder("bash", LocalPlatform.ROOT.resolve("deploy/local/browser.sh").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> paths = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        try {
            if (script.waitFor() != 0 || paths.size() != 2) {
                throw new IllegalStateException("deploy/local/browser.sh failed: " + paths);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return paths;
    }

    private static byte[] page() throws IOException {
        try (InputStream in = BrowserCorsIT.class.getResourceAsStream("/browser/progress.html")) {
            return in.readAllBytes();
        }
    }

    /** The page on 127.0.0.1:{port}; the browser reaches port 3000 as localhost, the front end's origin. */
    private static HttpServer serve(byte[] page, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }
}
