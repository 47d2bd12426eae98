package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryTest {

    @Test
    void aValueIsWorkedOutOnceAndThenKept() {
        Memory<String, Integer> memory = new Memory<>(10);
        AtomicInteger worked = new AtomicInteger();

        assertThat(memory.of("I.1", key -> worked.incrementAndGet())).isEqualTo(1);
        assertThat(memory.of("I.1", key -> worked.incrementAndGet())).isEqualTo(1);
        assertThat(worked).hasValue(1);
        assertThat(memory.get("I.1")).isEqualTo(1);
        assertThat(memory.get("I.2")).isNull();
    }

    @Test
    void aFullMemoryForgetsEverythingBeforeKeepingMore() {
        Memory<String, String> memory = new Memory<>(2);
        memory.keep("a", "1");
        memory.keep("b", "2");
        memory.keep("a", "3");

        assertThat(memory.get("a")).isEqualTo("3");
        assertThat(memory.get("b")).as("forgotten when the memory was full").isNull();
    }
}
