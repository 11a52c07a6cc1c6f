package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.List;

import ru.horizon.model.LearningTies;
import ru.horizon.organization.Organization;
import ru.horizon.organization.Scope;

/**
 * Horizontal learning (горизонтальное обучение) in a scope and a window: the learning
 * ties of {@link LearningTies} that have an end in the scope, and what they add up to.
 *
 * @param from first day of the window
 * @param to last day of the window
 * @param ties the number of tie instances
 * @param totalWeight the sum of their weights
 * @param crossOrganizationShare cross-organization weight over the total weight, 0
 * without ties
 * @param teachersWithCrossOrganizationTie distinct teachers of the scope at an end of a
 * cross-organization tie
 * @param organizationsOutside organizations of the scope with no cross-organization tie,
 * in or out, by id
 * @param scope the scope asked for
 * @param network the tie graph behind flows, brokers and communities
 * @param sizeNormalisedTotalWeight the sum of the weights of
 * {@link TieWeighting#SIZE_NORMALISED}
 * @param sizeNormalisedCrossOrganizationShare the cross-organization share of those
 * weights, 0 without ties
 * @param hubs organizations of the scope with no teachers of their own at {@code to} or
 * of kind METHOD_CENTER (the method centre that hosts events): never outside, by id
 */
public record HorizontalLearning(LocalDate from, LocalDate to, int ties, double totalWeight,
		double crossOrganizationShare, int teachersWithCrossOrganizationTie, List<Organization> organizationsOutside,
		Scope scope, TieNetwork network, double sizeNormalisedTotalWeight, double sizeNormalisedCrossOrganizationShare,
		List<Organization> hubs) {

	/** The total weight under a weighting. */
	public double totalWeight(TieWeighting weighting) {
		return (weighting == TieWeighting.SIZE_NORMALISED) ? this.sizeNormalisedTotalWeight : this.totalWeight;
	}

	/** The cross-organization share under a weighting. */
	public double crossOrganizationShare(TieWeighting weighting) {
		return (weighting == TieWeighting.SIZE_NORMALISED) ? this.sizeNormalisedCrossOrganizationShare
				: this.crossOrganizationShare;
	}

}
