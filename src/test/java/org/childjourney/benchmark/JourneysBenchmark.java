package org.childjourney.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.childjourney.allocation.Allocations;
import org.childjourney.workforce.Workforce;
import org.childjourney.workforce.engine.CamundaIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Base of the benchmarks that measure pages against {@link GeneratedJourneys}: the real application on a random port,
 * its database the generated one for {@code -Djourneys=N} (default 5,000), generated on the first run and reused after.
 * The job executor is off so the data stays as generated while it is measured. Subclasses call {@link #time} for each
 * page and {@link #printTable} at the end. Name subclasses *Benchmark, not *Test, so that {@code mvn verify} leaves them out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("demo")
@AutoConfigureObservability
public abstract class JourneysBenchmark {

    protected static final int JOURNEYS = Integer.getInteger("journeys", 5000);
    private static final int WARM_UPS = 3;
    private static final int MEASURED = 20;

    private static GeneratedJourneys.Summary summary;

    @DynamicPropertySource
    static void generatedDatabase(DynamicPropertyRegistry registry) {
        String url = GeneratedJourneys.databaseUrl(JOURNEYS);
        registry.add("spring.datasource.url", () -> url);
    }

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected Workforce workforce;
    @Autowired
    protected Allocations allocations;
    @Autowired
    protected CamundaIdentity identity;
    @Autowired
    protected JdbcClient db;
    @LocalServerPort
    protected int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** How one page answered: status, size, and the times of the measured requests. */
    public record Timing(String what, int status, int chars, long median, long p95, long max) {
    }

    @BeforeEach
    void generatedJourneys() {
        if (summary == null) {
            summary = new GeneratedJourneys(engine, workforce, allocations, identity, db).ensure(JOURNEYS);
            System.out.println("Generated data: " + summary.facts());
        }
    }

    protected GeneratedJourneys.Summary generated() {
        return summary;
    }

    /** {@value #WARM_UPS} warm-up requests, then {@value #MEASURED} measured ones, one after another, signed in as {@code user}. */
    protected Timing time(String what, String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build();
        for (int i = 0; i < WARM_UPS; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        List<Long> millis = new ArrayList<>();
        int status = 0;
        int chars = 0;
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t) / 1_000_000);
            status = response.statusCode();
            chars = response.body().length();
        }
        Collections.sort(millis);
        // Nearest rank: the median of 20 is the 10th/11th value, the 95th percentile the 19th.
        Timing timing = new Timing(what, status, chars, (millis.get(9) + millis.get(10)) / 2, millis.get(18), millis.get(19));
        System.out.printf("%-58s HTTP %d %8d chars  median %5d ms  95th %5d ms  max %5d ms%n", what, status, chars, timing.median(), timing.p95(), timing.max());
        return timing;
    }

    protected static void printTable(String title, List<Timing> timings) {
        System.out.printf("%n%s%n%n| page | HTTP | size | median | 95th | max |%n|---|---|---|---|---|---|%n", title);
        for (Timing t : timings) {
            System.out.printf("| %s | %d | %.1f k chars | %d ms | %d ms | %d ms |%n", t.what(), t.status(), t.chars() / 1000.0, t.median(), t.p95(), t.max());
        }
        System.out.println();
    }
}
