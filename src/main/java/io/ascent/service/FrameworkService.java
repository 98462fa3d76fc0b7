package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.domain.Plan;
import io.ascent.domain.Specializations;
import io.ascent.persistence.FrameworkRepository;
import io.ascent.persistence.FrameworkRepository.StoredFramework;
import io.ascent.persistence.PlanRepository;
import io.ascent.persistence.files.FrameworkCsvReader;
import io.ascent.persistence.files.FrameworkFormatException;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.files.StoredFrameworks;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The frameworks a plan can follow: the PM ladder that ships with Ascent plus the ones the user
 * imported into the database. An import is checked completely (schema, semantics, the plans that
 * follow it) before the one write that stores it, so a bad file changes nothing.
 */
public class FrameworkService {

    private final FrameworkReader reader;
    private final FrameworkCsvReader csvReader = new FrameworkCsvReader();
    private final Optional<FrameworkRepository> repository;
    private final Supplier<List<Plan>> plans;
    private final Clock clock;
    private final Map<String, Framework> imported = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private volatile Framework defaultFramework;
    private boolean importedLoaded;
    private volatile List<Framework> installed;
    private volatile Consumer<Framework> afterInstall = f -> {};

    /** Only the shipped ladder; nothing can be imported. */
    public FrameworkService(FrameworkReader reader) {
        this(reader, Optional.empty(), List::of, Clock.systemUTC());
    }

    public FrameworkService(FrameworkReader reader, FrameworkRepository repository, PlanRepository plans, Clock clock) {
        this(reader, Optional.of(repository), plans::findAll, clock);
    }

    private FrameworkService(
            FrameworkReader reader, Optional<FrameworkRepository> repository, Supplier<List<Plan>> plans, Clock clock) {
        this.reader = reader;
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
    }

    /** The shipped PM ladder, read once. */
    public Framework defaultFramework() {
        Framework f = defaultFramework;
        if (f == null) {
            synchronized (this) {
                if (defaultFramework == null) {
                    defaultFramework = reader.readDefault();
                }
                f = defaultFramework;
            }
        }
        return f;
    }

    public synchronized Optional<Framework> framework(String id) {
        if (defaultFramework().id().equals(id)) {
            return Optional.of(defaultFramework());
        }
        if (!importedLoaded) {
            reload();
        }
        return Optional.ofNullable(imported.get(id));
    }

    /** The shipped ladder first, then the imported ones by name, read afresh from the database. */
    public synchronized List<Framework> frameworks() {
        reload();
        return installed();
    }

    /**
     * The frameworks as last read, without touching the database, so the JavaFX thread may ask.
     * Holds only the shipped ladder until {@link #frameworks()} or an import has run.
     */
    public List<Framework> installed() {
        List<Framework> snapshot = installed;
        return snapshot == null ? List.of(defaultFramework()) : snapshot;
    }

    // Rebuilt under the lock whenever the imported set changes; read without it, so the
    // JavaFX thread never waits for an import that holds the lock.
    private List<Framework> snapshot() {
        List<Framework> result = new ArrayList<>();
        result.add(defaultFramework());
        result.addAll(imported.values());
        return List.copyOf(result);
    }

    /** Stored frameworks that could not be read, in words; empty normally. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * What to do with each framework once it is stored: the app moves progress along its
     * {@code replaces} ({@link ProgressCarryOver}).
     */
    public void afterInstall(Consumer<Framework> action) {
        afterInstall = action;
    }

    // Commands

    public FrameworkImportResult importJson(Path file) {
        return install(reader.read(file));
    }

    public FrameworkImportResult importJson(byte[] bytes, String source) {
        return install(reader.parse(bytes, source));
    }

    /**
     * Imports a CSV matrix. Ids made from names are kept from the stored framework of the same
     * id, matched by name, so re-importing a ladder never changes an id under a user's progress.
     */
    public FrameworkImportResult importCsv(Path matrix, Optional<Path> milestones) {
        return installCsv(
                csvReader.read(matrix, milestones, storedFrameworks()),
                matrix.getFileName().toString());
    }

    public FrameworkImportResult importCsv(
            byte[] matrix, String matrixName, Optional<byte[]> milestones, String milestonesName) {
        return installCsv(
                csvReader.parse(matrix, matrixName, milestones, milestonesName, storedFrameworks()), matrixName);
    }

    private FrameworkImportResult installCsv(Framework framework, String source) {
        return install(checkedCsv(framework, source));
    }

    // The stored JSON is read back through the schema; checking it now keeps a CSV that
    // passes its own checks but not the schema (an odd id column) out of the database.
    private Framework checkedCsv(Framework framework, String source) {
        return reader.parse(reader.write(framework).getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads and checks a framework file without storing it: a {@code .json} file, or a {@code .csv}
     * matrix with optional milestones, checked as an import checks it (the CSV through the schema
     * too). Any other file type is refused by name.
     */
    public Framework read(Path file, Optional<Path> csvMilestones) {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return checkedCsv(csvReader.read(file, csvMilestones, storedFrameworks()), name);
        }
        if (lower.endsWith(".json")) {
            return reader.read(file);
        }
        throw new ValidationException(I18n.t("framework.error.type", name));
    }

    /** Reads a framework file once, as {@link #read} does, and installs it. */
    public FrameworkImportResult importFile(Path file, Optional<Path> csvMilestones) {
        return install(read(file, csvMilestones));
    }

    /**
     * What importing {@code incoming} would change, without changing anything: lets the screen
     * ask before an update removes milestones that plans may have progress on.
     */
    public synchronized FrameworkImportResult preview(Framework incoming) {
        return compare(incoming, storedVersion(incoming));
    }

    /** Stores {@code incoming} (new, or replacing the stored version of the same id). */
    public synchronized FrameworkImportResult install(Framework incoming) {
        FrameworkRepository repo =
                repository.orElseThrow(() -> new ValidationException(I18n.t("framework.error.noDatabase")));
        Optional<Framework> previous = storedVersion(incoming);
        repo.save(new StoredFramework(
                incoming.id(), incoming.version(), incoming.name(), reader.write(incoming), clock.instant()));
        imported.put(incoming.id(), incoming);
        installed = snapshot();
        afterInstall.accept(incoming);
        return compare(incoming, previous);
    }

    private Optional<Framework> storedVersion(Framework incoming) {
        FrameworkRepository repo =
                repository.orElseThrow(() -> new ValidationException(I18n.t("framework.error.noDatabase")));
        if (incoming.id().equals(defaultFramework().id())) {
            throw new ValidationException(I18n.t("framework.error.builtInId", incoming.name(), incoming.id()));
        }
        checkPlansStillFit(incoming);
        return repo.findById(incoming.id()).flatMap(this::parseStoredOrEmpty);
    }

    private static FrameworkImportResult compare(Framework incoming, Optional<Framework> previous) {
        Set<String> before = previous.map(FrameworkService::milestoneIds).orElse(Set.of());
        Set<String> after = milestoneIds(incoming);
        List<Milestone> added = previous.isEmpty()
                ? List.of()
                : incoming.milestones().stream()
                        .filter(m -> !before.contains(m.id()))
                        .toList();
        List<Milestone> removed = previous.map(p -> p.milestones().stream()
                        .filter(m -> !after.contains(m.id()))
                        .toList())
                .orElse(List.of());
        return new FrameworkImportResult(incoming, previous.map(Framework::version), added, removed);
    }

    /** A new version may not pull a level or specialization from under a plan that stands on it. */
    private void checkPlansStillFit(Framework incoming) {
        for (Plan plan : plans.get()) {
            if (!plan.frameworkId().equals(incoming.id())) {
                continue;
            }
            for (String level : List.of(plan.currentLevelId(), plan.targetLevelId())) {
                if (incoming.level(level).isEmpty()) {
                    throw new ValidationException(
                            I18n.t("framework.error.levelInUse", incoming.name(), level, plan.name()));
                }
            }
            if (!Specializations.holds(incoming, plan.specializationId())) {
                throw new ValidationException(I18n.t(
                        "framework.error.specializationInUse", incoming.name(), plan.specializationId(), plan.name()));
            }
        }
    }

    private void reload() {
        importedLoaded = true;
        if (repository.isEmpty()) {
            return;
        }
        imported.clear();
        problems.clear();
        for (StoredFramework stored : repository.get().findAll()) {
            try {
                imported.put(stored.id(), parseStored(stored));
            } catch (FrameworkFormatException e) {
                problems.add(e.getMessage());
            }
        }
        installed = snapshot();
    }

    /** Stored frameworks passed the schema when they were imported; the domain's rules still apply. */
    private Framework parseStored(StoredFramework stored) {
        return reader.parseTrusted(stored.json().getBytes(StandardCharsets.UTF_8), stored.name() + " (imported)");
    }

    /** The imported frameworks as a CSV import looks them up to keep their ids; none without a database. */
    private StoredFrameworks storedFrameworks() {
        return repository
                .<StoredFrameworks>map(r -> new DatabaseFrameworks(r, this::parseStoredOrEmpty))
                .orElseGet(StoredFrameworks::none);
    }

    /** A stored version this Ascent cannot read any more is simply replaced. */
    private Optional<Framework> parseStoredOrEmpty(StoredFramework stored) {
        try {
            return Optional.of(parseStored(stored));
        } catch (FrameworkFormatException e) {
            return Optional.empty();
        }
    }

    private static Set<String> milestoneIds(Framework f) {
        return f.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
    }
}
