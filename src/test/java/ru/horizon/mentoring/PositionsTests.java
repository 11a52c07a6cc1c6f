package ru.horizon.mentoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vocabulary of position families: Russian forms, case, ё/е, abbreviations, order of
 * rules.
 */
class PositionsTests {

	private final Positions positions = new Positions();

	@Test
	void recognisesTheFormsOfRealFiles() {
		assertThat(this.positions.family("воспитатель")).isEqualTo(PositionFamily.EDUCATOR);
		assertThat(this.positions.family("  ВОСПИТАТЕЛЬ ")).isEqualTo(PositionFamily.EDUCATOR);
		assertThat(this.positions.family("Старший воспитатель")).isEqualTo(PositionFamily.SENIOR_EDUCATOR);
		assertThat(this.positions.family("ст. воспитатель")).isEqualTo(PositionFamily.SENIOR_EDUCATOR);
		assertThat(this.positions.family("учитель начальных классов")).isEqualTo(PositionFamily.PRIMARY_TEACHER);
		assertThat(this.positions.family("учитель нач. классов")).isEqualTo(PositionFamily.PRIMARY_TEACHER);
		assertThat(this.positions.family("учителя начальных классов")).isEqualTo(PositionFamily.PRIMARY_TEACHER);
		assertThat(this.positions.family("учитель математики")).isEqualTo(PositionFamily.SUBJECT_TEACHER);
		assertThat(this.positions.family("Учитель музыки")).isEqualTo(PositionFamily.SUBJECT_TEACHER);
		assertThat(this.positions.family("учитель")).isEqualTo(PositionFamily.SUBJECT_TEACHER);
		assertThat(this.positions.family("учитель-логопед")).isEqualTo(PositionFamily.SPEECH_THERAPIST);
		assertThat(this.positions.family("Учитель - логопед")).isEqualTo(PositionFamily.SPEECH_THERAPIST);
		assertThat(this.positions.family("учитель-дефектолог")).isEqualTo(PositionFamily.SPEECH_THERAPIST);
		assertThat(this.positions.family("педагог-психолог")).isEqualTo(PositionFamily.PSYCHOLOGIST);
		assertThat(this.positions.family("социальный педагог")).isEqualTo(PositionFamily.SOCIAL_PEDAGOGUE);
		assertThat(this.positions.family("соц. педагог")).isEqualTo(PositionFamily.SOCIAL_PEDAGOGUE);
		assertThat(this.positions.family("педагог дополнительного образования"))
			.isEqualTo(PositionFamily.SUPPLEMENTARY_PEDAGOGUE);
		assertThat(this.positions.family("ПДО")).isEqualTo(PositionFamily.SUPPLEMENTARY_PEDAGOGUE);
		assertThat(this.positions.family("педагог доп. образования")).isEqualTo(PositionFamily.SUPPLEMENTARY_PEDAGOGUE);
		assertThat(this.positions.family("тренер-преподаватель")).isEqualTo(PositionFamily.SUPPLEMENTARY_PEDAGOGUE);
		assertThat(this.positions.family("музыкальный руководитель")).isEqualTo(PositionFamily.MUSIC_DIRECTOR);
		assertThat(this.positions.family("муз. рук.")).isEqualTo(PositionFamily.MUSIC_DIRECTOR);
		assertThat(this.positions.family("муз.руководитель")).isEqualTo(PositionFamily.MUSIC_DIRECTOR);
		assertThat(this.positions.family("инструктор по физической культуре")).isEqualTo(PositionFamily.PE_INSTRUCTOR);
		assertThat(this.positions.family("методист")).isEqualTo(PositionFamily.METHODIST);
		assertThat(this.positions.family("тьютор")).isEqualTo(PositionFamily.TUTOR);
		assertThat(this.positions.family("преподаватель-организатор ОБЖ")).isEqualTo(PositionFamily.OBZH_ORGANIZER);
		assertThat(this.positions.family("педагог-организатор")).isEqualTo(PositionFamily.ORGANIZER);
		assertThat(this.positions.family("советник директора по воспитанию")).isEqualTo(PositionFamily.ORGANIZER);
		// ё and е are one letter; a non-breaking space is a space
		assertThat(this.positions.family("учитель\u00a0начальных классов")).isEqualTo(PositionFamily.PRIMARY_TEACHER);
		assertThat(Positions.normalise("Учитель-логопёд (ДОУ)")).isEqualTo("учитель логопед доу");
	}

	@Test
	void unknownPositionsHaveNoFamily() {
		assertThat(this.positions.family("заведующий")).isNull();
		assertThat(this.positions.family("заместитель директора по УВР")).isNull();
		assertThat(this.positions.family("")).isNull();
		assertThat(this.positions.family(null)).isNull();
	}

	@Test
	void relatedFamiliesAreSymmetric() {
		assertThat(this.positions.related(PositionFamily.PRIMARY_TEACHER, PositionFamily.SUBJECT_TEACHER)).isTrue();
		assertThat(this.positions.related(PositionFamily.SUBJECT_TEACHER, PositionFamily.PRIMARY_TEACHER)).isTrue();
		assertThat(this.positions.related(PositionFamily.EDUCATOR, PositionFamily.SUBJECT_TEACHER)).isFalse();
		assertThat(this.positions.related(null, PositionFamily.EDUCATOR)).isFalse();
	}

}
