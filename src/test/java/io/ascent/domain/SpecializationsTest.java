package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.TestFrameworks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One rule for a plan's specialization, whoever asks: the setup, the service, the command line, plan files. */
class SpecializationsTest {

    private static final Framework WITH = TestFrameworks.small();
    private static final Framework WITHOUT = new Framework(
            WITH.id(),
            WITH.version(),
            WITH.name(),
            WITH.description(),
            WITH.levels(),
            List.of(),
            WITH.competencies().stream().filter(Competency::isCore).toList(),
            WITH.milestones().stream()
                    .filter(m -> m.competencyId().startsWith("core"))
                    .toList(),
            List.of());

    @Test
    void aLadderWithoutSpecializationsOffersOneChoiceTheCoreOnly() {
        assertThat(Specializations.choices(WITHOUT)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(Specializations.CORE_ONLY);
            assertThat(s.title()).isEqualTo("Core only");
        });
        assertThat(Specializations.choices(WITH)).extracting(Specialization::id).containsExactly("growth", "ux");
    }

    @Test
    void onALadderWithoutSpecializationsNoneOrCoreMeansTheCoreAndAnythingElseIsRefused() {
        assertThat(Specializations.resolve(WITHOUT, Optional.empty())).isEqualTo("core");
        assertThat(Specializations.resolve(WITHOUT, Optional.of("core"))).isEqualTo("core");
        assertThatThrownBy(() -> Specializations.resolve(WITHOUT, Optional.of("growth")))
                .hasMessage("Small test ladder has no specializations: a plan on it follows the core competencies, "
                        + "so leave the specialization out ('growth' was given).");
    }

    @Test
    void onALadderWithSpecializationsOneOfThemMustBeChosen() {
        assertThat(Specializations.resolve(WITH, Optional.of(" ux "))).isEqualTo("ux");
        assertThatThrownBy(() -> Specializations.resolve(WITH, Optional.empty()))
                .hasMessage("Choose a specialization of Small test ladder: growth, ux.");
        assertThatThrownBy(() -> Specializations.resolve(WITH, Optional.of("core")))
                .hasMessage("'core' is not a specialization of Small test ladder (its specializations: growth, ux).");
    }

    @Test
    void aStoredPlanOnALadderWithoutSpecializationsStandsWhateverItsId() {
        // Plans made before the rule may hold any id there; they follow the core competencies.
        assertThat(Specializations.holds(WITHOUT, "anything")).isTrue();
        assertThat(Specializations.holds(WITH, "growth")).isTrue();
        assertThat(Specializations.holds(WITH, "sales")).isFalse();
        assertThat(Specializations.shown(WITHOUT, "anything").title()).isEqualTo("Core only");
    }
}
