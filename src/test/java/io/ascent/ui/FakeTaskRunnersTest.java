package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeTaskRunnersTest {

    private final List<String> seen = new ArrayList<>();

    @Test
    void aFailedAssertionInsideSameThreadWorkFailsTheTest() {
        assertThatThrownBy(() -> new SameThreadTaskRunner().run(this::failAssertion, this::succeeded, this::failed))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected 2 but was 3");
        assertThat(seen).isEmpty();
    }

    @Test
    void aFailedAssertionInsideQueuedWorkFailsTheTest() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        runner.run(this::failAssertion, this::succeeded, this::failed);

        assertThatThrownBy(runner::runAll).isInstanceOf(AssertionError.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void anExceptionInsideWorkStillGoesToTheFailureCallback() {
        new SameThreadTaskRunner().run(this::throwException, this::succeeded, this::failed);
        QueuedTaskRunner queued = new QueuedTaskRunner();
        queued.run(this::throwException, this::succeeded, this::failed);
        queued.runNext();

        assertThat(seen).containsExactly("failed: disk full", "failed: disk full");
    }

    @Test
    void aResultGoesToTheSuccessCallback() {
        new SameThreadTaskRunner().run(() -> "saved", this::succeeded, this::failed);

        assertThat(seen).containsExactly("saved");
    }

    private String failAssertion() {
        throw new AssertionError("expected 2 but was 3");
    }

    private String throwException() throws Exception {
        throw new IOException("disk full");
    }

    private void succeeded(String result) {
        seen.add(result);
    }

    private void failed(Throwable problem) {
        seen.add("failed: " + problem.getMessage());
    }
}
