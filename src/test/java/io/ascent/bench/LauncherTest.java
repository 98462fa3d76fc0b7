package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void readsPeakResidentSizeFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t  151234 kB\nVmRSS:\t  140000 kB\n";

        assertThat(Launcher.vmHwmKib(status)).isEqualTo(151_234);
    }

    @Test
    void readsCpuTicksFromProcStatEvenWhenTheCommandHasSpaces() {
        String stat = "4242 (java main) S 1 4242 4242 0 -1 4194560 5000 0 0 0 310 45 0 0 20 0 30 0 900 0 0";

        assertThat(Launcher.cpuTicks(stat)).isEqualTo(355);
    }

    @Test
    void statusWithoutPeakResidentSizeIsAnError() {
        assertThatThrownBy(() -> Launcher.vmHwmKib("Name:\tjava\n")).hasMessageContaining("VmHWM");
    }

    @Test
    void timesAProgramFromItsStartToItsReadyLine() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                List.of(java, "-cp", System.getProperty("java.class.path"), SleepThenReady.class.getName(), "300");

        long before = Launcher.epochMicros();
        Launcher.Launch launch = Launcher.launch(command);
        double whole = (Launcher.epochMicros() - before) / 1000.0;

        // From the start to READY: at least the child's sleep (a sleep never ends early), and no
        // more than the call took, though the child would sleep 60 s more (it is stopped, not awaited).
        assertThat(launch.millis()).isGreaterThanOrEqualTo(300).isLessThanOrEqualTo(whole);
        assertThat(whole).isLessThan(60_000);
        assertThat(launch.peakMib()).isGreaterThan(1);
    }

    @Test
    void programThatEndsWithoutReadyIsAnError() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThatThrownBy(() -> Launcher.launch(List.of(java, "-version"))).hasMessageContaining("without READY");
    }

    /** A child process that prints READY after a known sleep. */
    static final class SleepThenReady {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.parseLong(args[0]));
            System.out.println("READY " + Launcher.epochMicros());
            Thread.sleep(60_000);
        }
    }
}
