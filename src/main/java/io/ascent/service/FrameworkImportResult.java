package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import java.util.List;
import java.util.Optional;

/**
 * What an import did: the framework now installed, the version it replaced (empty for a first
 * import), and the milestones the new version added and removed. Progress on every other
 * milestone is kept, because progress refers to milestone ids.
 */
public record FrameworkImportResult(
        Framework framework,
        Optional<String> previousVersion,
        List<Milestone> added,
        List<Milestone> removed) {

    public FrameworkImportResult {
        previousVersion = previousVersion == null ? Optional.empty() : previousVersion;
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isUpdate() {
        return previousVersion.isPresent();
    }

    /** Milestones present before and after, whose progress carries over. */
    public int keptCount() {
        return framework.milestones().size() - added.size();
    }

    /** One or two sentences for the screen. */
    public String summary() {
        Framework f = framework;
        String counts = f.levels().size() + " levels, " + f.competencies().size() + " competencies, "
                + f.milestones().size() + " milestones";
        if (!isUpdate()) {
            return "Imported \"" + f.name() + "\" (version " + f.version() + "): " + counts + ".";
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return "Updated \"" + f.name() + "\" to version " + f.version() + " (was " + previousVersion.get()
                    + "): no milestones added or removed; all progress kept.";
        }
        return "Updated \"" + f.name() + "\" to version " + f.version() + " (was " + previousVersion.get() + "): "
                + added.size() + " milestone" + (added.size() == 1 ? "" : "s") + " added, " + removed.size()
                + " removed; progress on the other " + keptCount() + " kept.";
    }
}
