package ru.horizon.horizontal;

/**
 * How an event tie is weighed (вес связи): the raw weight of model.md, or shared among
 * the event's attendees.
 * <ul>
 * <li>{@link #RAW}: every tie as model.md weighs it: a pair 3, each (speaker, attendee,
 * event) 1, whatever the event's size.</li>
 * <li>{@link #SIZE_NORMALISED}: a pair 3 (one to one, nothing to share); each speaker's
 * weight 1 at an event shared among the attendees they taught there, so each (speaker,
 * attendee, event) weighs {@code 1 / n} for n attendees other than the speaker (Newman's
 * weighting of collaboration networks, 2001). A 785-seat conference gives each attendee
 * 1/785 of a speaker; a master class for 5 gives 1/5. In the tie graph of brokers and
 * communities, an edge needs a summed weight of at least
 * {@code 1 / horizon.network.broadcast-attendees}.</li>
 * </ul>
 */
public enum TieWeighting {

	/** The weights of model.md. */
	RAW,

	/** Event ties shared among the event's attendees. */
	SIZE_NORMALISED

}
