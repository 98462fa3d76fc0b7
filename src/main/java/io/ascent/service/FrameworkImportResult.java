package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.text.I18n;
import java.util.List;
import java.util.Optional;

/**
 * What an import did: the framework now installed, the version it replaced (empty for a first
 * import), and the milestones the new version added and removed. Progress on every other
 * milestone is kept, because progress refers to milestone ids.
 */
public record FrameworkImportResult(
        Framework framework, Optional<String> previousVersion, List<Milestone> added, List<Milestone> removed) {

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

    /** One or two sentences for the screen, naming the ladder in the user's language. */
    public String summary() {
        Framework f = framework.in(I18n.locale());
        if (!isUpdate()) {
            return I18n.t(
                    "framework.imported",
                    f.name(),
                    f.version(),
                    f.levels().size(),
                    f.competencies().size(),
                    f.milestones().size());
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return I18n.t("framework.updatedSame", f.name(), f.version(), previousVersion.get());
        }
        return I18n.t(
                "framework.updated",
                f.name(),
                f.version(),
                previousVersion.get(),
                added.size(),
                removed.size(),
                keptCount());
    }
}
