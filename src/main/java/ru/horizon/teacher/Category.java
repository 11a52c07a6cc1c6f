package ru.horizon.teacher;

/** Qualification category (квалификационная категория), lowest first. */
public enum Category {

	/** None recorded. */
	NONE,
	/** Fitness for the post (соответствие занимаемой должности). */
	SZD,
	/** First category (первая). */
	FIRST,
	/** Highest category (высшая). */
	HIGHEST

}
