package dev.dakora.llm.provider;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.llm.domain.LimitSettings;
import dev.dakora.llm.support.Calls;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import dev.dakora.testsupport.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Request limits and many calls in flight, measured at the fake server. */
class LimitsAndConcurrencyTest {

    private FakeOpenAiProvider server;
    private Calls.Worker worker;

    @BeforeEach
    void start() throws Exception {
        server = FakeOpenAiProvider.start();
    }

    @AfterEach
    void stop() {
        worker.close();
        server.close();
    }

    @Test
    void should_never_let_more_requests_than_the_limit_into_any_window() throws Exception {
        // given: 5 requests per 2 s window, 12 calls at once
        Duration window = Duration.ofSeconds(2);
        LimitSettings limits = new LimitSettings(5, null, window, null, null, Duration.ofSeconds(30), 1, null, null, null,
                null, null, null);
        worker = Calls.worker(server, Map.of("OPENAI_API_KEY", Calls.generatedKey()), limits);

        // when
        List<ModelCallCompleted> results = callAtOnce(12, "openai/gpt-4o-mini");

        // then: every call got through, and no window (less the scheduling slack between permit and arrival) held more than 5
        assertThat(results).allSatisfy(result -> assertThat(result.succeeded()).isTrue());
        List<Long> arrivals = server.requests().stream().map(Request::arrivedNanos).sorted().toList();
        assertThat(arrivals).hasSize(12);
        long checked = window.minusMillis(500).toNanos();
        for (long start : arrivals) {
            long inWindow = arrivals.stream().filter(t -> t >= start && t < start + checked).count();
            assertThat(inWindow).as("requests within %s of one arrival", window.minusMillis(500)).isLessThanOrEqualTo(5);
        }
        assertThat(Duration.ofNanos(arrivals.getLast() - arrivals.getFirst())).isGreaterThanOrEqualTo(Duration.ofMillis(3800));
    }

    @Test
    void should_answer_hundreds_of_calls_in_flight_on_a_few_platform_threads() throws Exception {
        // given: the server takes 200 ms per answer
        server.otherwise(Reply.ok("slow hello", 10, 5).after(Duration.ofMillis(200)));
        LimitSettings limits = new LimitSettings(null, null, null, 1000, null, Duration.ofSeconds(60), 1, null, null,
                null, null, null, null);
        worker = Calls.worker(server, Map.of("OPENAI_API_KEY", Calls.generatedKey()), limits);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int platformBefore = threads.getThreadCount();
        threads.resetPeakThreadCount();

        // when
        long start = System.nanoTime();
        List<ModelCallCompleted> results = callAtOnce(300, "openai/gpt-4o-mini");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then: one after the other would take 300 × 200 ms = 60 s
        System.out.printf("300 calls of 200 ms took %d ms; platform threads %d before, peak %d%n",
                took.toMillis(), platformBefore, threads.getPeakThreadCount());
        assertThat(results).hasSize(300).allSatisfy(result -> assertThat(result.succeeded()).isTrue());
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        assertThat(threads.getPeakThreadCount() - platformBefore).isLessThan(50);
    }

    private List<ModelCallCompleted> callAtOnce(int count, String model) throws Exception {
        List<Callable<ModelCallCompleted>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int sample = i;
            calls.add(() -> worker.service().handle(Calls.request("job-rate", model, "hello " + sample, sample)));
        }
        List<ModelCallCompleted> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<ModelCallCompleted> future : executor.invokeAll(calls)) {
                results.add(future.get());
            }
        }
        return results;
    }
}
