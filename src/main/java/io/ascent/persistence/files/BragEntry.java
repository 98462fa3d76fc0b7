package io.ascent.persistence.files;

import java.time.LocalDate;
import java.util.List;

/**
 * One win as a brag document wrote it, before it is checked against a plan: where it is in the
 * file (a line, or a spreadsheet row), its date, title, story and the competencies as typed (ids
 * or titles).
 */
public record BragEntry(int line, LocalDate date, String title, String story, List<String> competencies) {

    public BragEntry {
        competencies = List.copyOf(competencies);
    }
}
