import { Field, Float, ObjectType } from "type-graphql";
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

@ObjectType({ simpleResolvers: true, description: "An actor's betweenness centrality in the actor graph: how much it lies between other actors." })
export class BrokerScore {
  @Field(() => Actor, { description: "The actor." })
  actor!: Actor;

  @Field(() => Float, {
    description:
      "For every unordered pair of other actors, the share of the shortest paths between them that pass through this actor, " +
      "summed (undirected, unweighted, not normalised; 0 for an actor no shortest path crosses). Rounded to 6 decimals.",
  })
  betweenness!: number;
}
