package ru.horizon.horizontal;

/**
 * The reach of one innovation complex (инновационный комплекс, ИНКО) in a window: the
 * teachers and organizations its events touched.
 *
 * @param id the complex's group id
 * @param name its name
 * @param direction its direction, if any
 * @param events its events dated in the window
 * @param teachersReached distinct participants (any role) of those events whose main
 * organization on the event's date is in the scope
 * @param organizationsReached their distinct organizations
 * @param youngTeachersReached those of them young on the date of an event they took part
 * in
 * @param youngShare young over all reached; 0 when none
 */
public record InnovationComplexReach(String id, String name, String direction, int events, int teachersReached,
		int organizationsReached, int youngTeachersReached, double youngShare) {

}
