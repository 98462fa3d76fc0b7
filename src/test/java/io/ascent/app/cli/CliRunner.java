package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.service.HostileFixture;
import io.ascent.service.PlanFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The command line run in-process on one test database, with its output and exit code captured. */
final class CliRunner {

    record Result(int code, String out, String err) {
        String errLine() {
            assertThat(err.lines().count()).as("errors are one line: %s", err).isEqualTo(1);
            return err.strip();
        }
    }

    /** The arguments the window was opened with, once per opening. */
    final List<List<String>> windows = new ArrayList<>();

    private final Path db;

    CliRunner(Path db) {
        this.db = db;
    }

    Path db() {
        return db;
    }

    /** Runs {@code args} as given. */
    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create((file, how) -> AppContext.open(file, PlanFixture.CLOCK, how), windows::add);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command on the test database. */
    Result cmd(String... args) {
        return run(
                Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new));
    }

    /** {@code plan create} of a plan from PM to Senior PM in Growth on the default ladder, with {@code more} options. */
    Result createPlan(String name, String... more) {
        String[] create = {
            "plan", "create", "--name", name, "--level", "pm", "--target", "senior-pm", "--specialization", "growth"
        };
        return cmd(Stream.concat(Stream.of(create), Stream.of(more)).toArray(String[]::new));
    }

    /** A fingerprint of the database with its -wal: equal before and after means nothing was written. */
    String checksum() {
        try {
            return HostileFixture.checksum(db);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
