package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.List;

import ru.horizon.model.LearningTies;
import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;

/**
 * Horizontal learning (горизонтальное обучение) in a scope and a window: the learning ties
 * of {@link LearningTies} that have an end in the scope, and what they add up to.
 *
 * @param from first day of the window
 * @param to last day of the window
 * @param ties the number of tie instances
 * @param totalWeight the sum of their weights
 * @param crossOrganizationShare cross-organization weight over the total weight, 0 without
 * ties
 * @param teachersWithCrossOrganizationTie distinct teachers of the scope at an end of a
 * cross-organization tie
 * @param organizationsOutside organizations of the scope with no cross-organization tie,
 * in or out, by id
 * @param scope the scope asked for
 * @param network the tie graph behind flows, brokers and communities
 */
public record HorizontalLearning(LocalDate from, LocalDate to, int ties, double totalWeight,
		double crossOrganizationShare, int teachersWithCrossOrganizationTie, List<Organization> organizationsOutside,
		Scope scope, TieNetwork network) {

}
