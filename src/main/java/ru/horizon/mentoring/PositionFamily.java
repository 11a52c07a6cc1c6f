package ru.horizon.mentoring;

/**
 * The family of a teacher's position (должность): what the ROLE factor compares.
 * Positions are free text; {@link Positions} maps them to families with the vocabulary in
 * {@code mentoring/positions.txt}.
 */
public enum PositionFamily {

	/** Воспитатель. */
	EDUCATOR,
	/** Старший воспитатель. */
	SENIOR_EDUCATOR,
	/** Учитель начальных классов. */
	PRIMARY_TEACHER,
	/**
	 * Учитель-предметник (any subject teacher, also «учитель» alone, «преподаватель»).
	 */
	SUBJECT_TEACHER,
	/** Учитель-логопед, учитель-дефектолог and other correctional pedagogues. */
	SPEECH_THERAPIST,
	/** Педагог-психолог. */
	PSYCHOLOGIST,
	/** Социальный педагог. */
	SOCIAL_PEDAGOGUE,
	/** Педагог дополнительного образования, тренер-преподаватель. */
	SUPPLEMENTARY_PEDAGOGUE,
	/** Музыкальный руководитель. */
	MUSIC_DIRECTOR,
	/** Инструктор по физической культуре. */
	PE_INSTRUCTOR,
	/** Методист. */
	METHODIST,
	/** Тьютор. */
	TUTOR,
	/** Преподаватель-организатор ОБЖ. */
	OBZH_ORGANIZER,
	/** Педагог-организатор, старший вожатый, советник директора по воспитанию. */
	ORGANIZER

}
