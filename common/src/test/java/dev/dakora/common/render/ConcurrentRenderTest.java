package dev.dakora.common.render;

import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many threads rendering many templates get exactly what one thread gets. */
class ConcurrentRenderTest {

    private record Job(TemplateSpec spec, Map<String, Object> inputs) {
    }

    @Test
    void should_render_the_same_text_from_many_threads_as_from_one() throws Exception {
        // given
        List<Job> jobs = new ArrayList<>();
        for (ParityCase parity : ParityCase.load("/parity/jinja2-render-cases.jsonl")) {
            if (parity.expectedOutput() != null) {
                jobs.add(new Job(TemplateDocuments.fromMap(parity.spec()), parity.inputs()));
            }
        }
        for (int i = 0; i < 40; i++) {
            jobs.add(new Job(RenderFixtures.spec("{% for x in range(" + i + ") %}{{ x * " + i + " }},{% endfor %}{{ v|upper }}", "v"),
                    Map.of("v", "n" + i)));
        }
        List<String> expected;
        try (TemplateRenderer single = new TemplateRenderer()) {
            expected = jobs.stream().map(job -> single.render(job.spec(), job.inputs()).rendered()).toList();
        }

        // when
        List<List<String>> results = new ArrayList<>();
        try (TemplateRenderer shared = new TemplateRenderer(); ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < jobs.size(); i++) {
                            Job job = jobs.get((i + offset * 7) % jobs.size());
                            out.add(shared.render(job.spec(), job.inputs()).rendered());
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<String>> future : futures) {
                results.add(future.get());
            }
        }

        // then
        for (int t = 0; t < results.size(); t++) {
            List<String> out = results.get(t);
            for (int k = 0; k < out.size(); k++) {
                int index = (k % jobs.size() + t * 7) % jobs.size();
                assertThat(out.get(k)).as("thread %d render %d", t, k).isEqualTo(expected.get(index));
            }
        }
        assertThat(results).hasSize(8).allSatisfy(out -> assertThat(out).hasSize(20 * jobs.size()));
    }
}
