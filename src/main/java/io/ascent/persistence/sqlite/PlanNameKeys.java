package io.ascent.persistence.sqlite;

import io.ascent.domain.PlanName;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migration step that fills {@code plan.name_key} ({@link PlanName#key}) for plans stored
 * before names were compared as people read them. A name that now clashes with an older plan's is
 * numbered ("Same (2)"), the oldest plan keeps its name, and a name with characters no longer
 * allowed loses them. Returns one sentence naming every renamed plan, or nothing.
 */
final class PlanNameKeys {

    private PlanNameKeys() {}

    static List<String> fill(Connection c) throws SQLException {
        Map<Long, String> stored = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, name FROM plan ORDER BY id");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getLong(1), rs.getString(2));
            }
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (Map.Entry<Long, String> plan : stored.entrySet()) {
            names.put(plan.getKey(), PlanName.repaired(plan.getValue(), I18n.t("migration.planNameFallback")));
        }
        // Names that needed no repair claim theirs first, then the others, each in the order made.
        List<Long> order = new ArrayList<>();
        List<Long> repaired = new ArrayList<>();
        names.forEach((id, name) -> (name.equals(stored.get(id)) ? order : repaired).add(id));
        order.addAll(repaired);
        Set<String> taken = new HashSet<>();
        List<Long> clashing = new ArrayList<>();
        for (long id : order) {
            if (!taken.add(PlanName.key(names.get(id)))) {
                clashing.add(id);
            }
        }
        for (long id : clashing) {
            String renamed = PlanName.numbered(names.get(id), taken);
            taken.add(PlanName.key(renamed));
            names.put(id, renamed);
        }
        List<String> renamed = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE plan SET name = ?, name_key = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> plan : names.entrySet()) {
                String before = stored.get(plan.getKey());
                if (!plan.getValue().equals(before)) {
                    renamed.add(I18n.t("migration.planRenamed", before, plan.getValue()));
                }
                update.setString(1, plan.getValue());
                update.setString(2, PlanName.key(plan.getValue()));
                update.setLong(3, plan.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        return renamed.isEmpty()
                ? List.of()
                : List.of(I18n.t("migration.plansRenamed", String.join(I18n.t("common.listSeparator"), renamed)));
    }
}
