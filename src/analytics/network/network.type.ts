import { Field, Float, Int, ObjectType } from "type-graphql";
import { Actor } from "../../modules/actors/actor.type";
import type { Activity } from "../../modules/activities/activity.type";
import { Engagement } from "../../modules/engagement.type";
import type { Membership } from "../../modules/memberships/membership.type";
import type { Partnership } from "../../modules/partnerships/partnership.type";
import type { Project } from "../../modules/projects/project.type";
import { NonNegativeInt } from "../../graphql/scalars";

/** What an engagement row maps to; `__typename` tells the Engagement interface which one it is. */
export type AnyEngagement = Partnership | Activity | Project | Membership;

@ObjectType({
  simpleResolvers: true,
  description:
    "A shortest chain of actors between two actors in the actor graph (two actors are adjacent when they share a " +
    "partnership, an activity, a project or a membership), with the engagement that links each pair of neighbours.",
})
export class ConnectionPath {
  @Field(() => NonNegativeInt, { description: "Number of steps: actors minus one (0 when both ends are the same actor)." })
  steps!: number;

  @Field(() => [Actor], { description: "The actors along the path, from the first actor to the second, both included." })
  actors!: Actor[];

  @Field(() => [Engagement], {
    description: "One engagement per step: via[i] is a partnership, activity, project or membership that links actors[i] and actors[i+1].",
  })
  via!: AnyEngagement[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    "How a betweenness value was estimated when the exact computation did not fit the ranking's time budget: Brandes' " +
    "algorithm from a uniform sample of source actors (pivots), scaled to all actors (Brandes & Pich 2007), with an error " +
    "bound that holds for each actor with the stated confidence.",
})
export class BetweennessEstimate {
  @Field(() => String, { description: "SAMPLED_PIVOTS: Brandes' searches from `pivots` source actors drawn uniformly without replacement, sums scaled by actors / pivots." })
  method!: string;

  @Field(() => Int, { description: "Source actors searched." })
  pivots!: number;

  @Field(() => Int, { description: "Actors in the graph." })
  actors!: number;

  @Field(() => Float, { description: "Probability with which the exact value lies within errorBound of the estimate (for each actor)." })
  confidence!: number;

  @Field(() => Float, {
    description:
      "Half-width of the interval around the estimate that holds the exact betweenness with probability `confidence`: the " +
      "smaller of Hoeffding's and the empirical Bernstein bound on the mean of the sampled dependencies. Rounded to 6 decimals.",
  })
  errorBound!: number;
}

@ObjectType({ simpleResolvers: true, description: "An actor's betweenness centrality in the actor graph: how much it lies between other actors." })
export class BrokerScore {
  @Field(() => Actor, { description: "The actor." })
  actor!: Actor;

  @Field(() => Float, {
    description:
      "For every unordered pair of other actors, the share of the shortest paths between them that pass through this actor, " +
      "summed (undirected, unweighted, not normalised; 0 for an actor no shortest path crosses). Rounded to 6 decimals. " +
      "Exact unless `estimate` says otherwise.",
  })
  betweenness!: number;

  @Field(() => BetweennessEstimate, {
    nullable: true,
    description:
      "Null when `betweenness` is exact (always for networks small enough to rank within the time budget). Otherwise how it " +
      "was estimated and how far it may be from the exact value; the ranking's order then follows the estimates.",
  })
  estimate!: BetweennessEstimate | null;
}
