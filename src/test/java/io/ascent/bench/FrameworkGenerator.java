package io.ascent.bench;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Resource;
import io.ascent.domain.Specialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds large, valid frameworks for the benchmark. Milestones sit at the levels above the
 * lowest, spread evenly, so a plan from the lowest to the highest level requires every milestone
 * of its competencies. Texts are as long as the shipped ladder's, so parsing and drawing cost
 * what real content costs.
 */
public final class FrameworkGenerator {

    /** What to generate. Specialization competencies are owned one block per specialization. */
    public record Shape(
            String id,
            int levels,
            int coreCompetencies,
            int specializations,
            int competenciesPerSpecialization,
            int milestonesPerCompetency) {

        public Shape {
            if (levels < 2
                    || coreCompetencies < 1
                    || specializations < 1
                    || competenciesPerSpecialization < 0
                    || milestonesPerCompetency < 0) {
                throw new IllegalArgumentException("impossible framework shape " + id);
            }
        }

        public int competencies() {
            return coreCompetencies + specializations * competenciesPerSpecialization;
        }

        public int milestones() {
            return competencies() * milestonesPerCompetency;
        }

        /** Milestones a plan from the lowest to the highest level in one specialization requires. */
        public int milestonesOfWidestPlan() {
            return (coreCompetencies + competenciesPerSpecialization) * milestonesPerCompetency;
        }
    }

    /** The scale figure's framework: 100 competencies, 5 levels, 5,000 milestones. */
    public static final Shape LARGE = new Shape("bench-large", 5, 100, 3, 0, 50);

    /** A typical plan's framework: the widest plan in it has 300 milestones. */
    public static final Shape TYPICAL = new Shape("bench-typical", 5, 24, 3, 1, 12);

    private static final String[] AREAS = {"Product craft", "Execution", "Leadership", "Customer insight"};
    private static final String FILLER = "Shows it on real work with the team, measured against the goals the "
            + "team agreed with its stakeholders, and explains the trade-offs to people outside the team.";

    private FrameworkGenerator() {}

    public static Framework generate(Shape shape) {
        List<Level> levels = new ArrayList<>();
        for (int rank = 1; rank <= shape.levels(); rank++) {
            levels.add(
                    new Level(levelId(rank), "Level " + rank, rank, "What level " + rank + " looks like. " + FILLER));
        }
        List<Specialization> specializations = new ArrayList<>();
        for (int s = 1; s <= shape.specializations(); s++) {
            specializations.add(new Specialization("spec-" + s, "Specialization " + s, FILLER));
        }
        List<Competency> competencies = new ArrayList<>();
        for (int c = 1; c <= shape.competencies(); c++) {
            int specIndex = c <= shape.coreCompetencies()
                    ? 0
                    : 1 + (c - shape.coreCompetencies() - 1) / shape.competenciesPerSpecialization();
            Optional<String> spec = specIndex == 0 ? Optional.empty() : Optional.of("spec-" + specIndex);
            Map<String, String> expectations = new LinkedHashMap<>();
            for (Level level : levels) {
                expectations.put(level.id(), "At " + level.title() + ", competency " + c + " means: " + FILLER);
            }
            competencies.add(new Competency(
                    competencyId(c), AREAS[c % AREAS.length], "Competency number " + c, FILLER, spec, expectations));
        }
        List<Milestone> milestones = new ArrayList<>();
        int levelsWithMilestones = shape.levels() - 1;
        for (int c = 1; c <= shape.competencies(); c++) {
            for (int m = 0; m < shape.milestonesPerCompetency(); m++) {
                String level = levelId(2 + m % levelsWithMilestones);
                milestones.add(new Milestone(
                        competencyId(c) + "." + level + "." + (m + 1),
                        competencyId(c),
                        level,
                        "Delivered outcome " + (m + 1) + " of competency " + c + " and presented the result",
                        FILLER));
            }
        }
        List<Resource> resources =
                List.of(new Resource("book-1", "A book", "An Author", "book", "", List.of(competencyId(1))));
        return new Framework(
                shape.id(),
                "1",
                "Generated " + shape.id(),
                FILLER,
                levels,
                specializations,
                competencies,
                milestones,
                resources);
    }

    private static final String CHINESE = "在真实的工作中与团队一起展示这项能力，以团队与相关方商定的目标来衡量，并向团队以外的人解释其中的取舍。";

    /**
     * The same ladder (ids, shape, text lengths) written in Chinese, as a translated ladder would
     * be: every title, description and expectation, so printing it takes the font fallback path.
     */
    public static Framework inChinese(Framework f) {
        return new Framework(
                f.id() + "-zh",
                f.version(),
                "生成的职业阶梯 " + f.id(),
                CHINESE,
                f.levels().stream()
                        .map(l -> new Level(l.id(), "第" + l.rank() + "级", l.rank(), "第" + l.rank() + "级的样子。" + CHINESE))
                        .toList(),
                f.specializations().stream()
                        .map(s -> new Specialization(s.id(), "专业方向 " + s.id(), CHINESE))
                        .toList(),
                f.competencies().stream()
                        .map(c -> new Competency(
                                c.id(),
                                "领域 " + c.area().length(),
                                "能力 " + c.id().substring(c.id().indexOf('-') + 1),
                                CHINESE,
                                c.specializationId(),
                                c.expectations().entrySet().stream()
                                        .collect(
                                                LinkedHashMap<String, String>::new,
                                                (m, e) -> m.put(e.getKey(), "在这一级，这项能力意味着：" + CHINESE),
                                                Map::putAll)))
                        .toList(),
                f.milestones().stream()
                        .map(m -> new Milestone(
                                m.id(), m.competencyId(), m.levelId(), "完成了 " + m.id() + " 的成果并汇报了结果", CHINESE))
                        .toList(),
                f.resources().stream()
                        .map(r -> new Resource(r.id(), "一本书", "一位作者", r.kind(), r.url(), r.competencyIds()))
                        .toList());
    }

    public static String levelId(int rank) {
        return "level-" + rank;
    }

    static String competencyId(int index) {
        return "competency-" + index;
    }
}
