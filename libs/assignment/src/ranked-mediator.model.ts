import type { Mediator } from './mediator.model';
import type { MediatorScore } from './mediator-score.policy';

/** An eligible mediator with their score; lists of these are kept best first, ties by id. */
export interface RankedMediator extends MediatorScore {
  mediator: Mediator;
}
