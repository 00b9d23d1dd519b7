import { Field, ID, InterfaceType } from "type-graphql";
import { Stamped, Versioned } from "./common/stamp";

/**
 * Anything that links actors: a partnership, an activity, a project or a membership.
 * `__typename` is set on each of their objects (`named` in their entity types); the executor's default type resolver reads it
 * (appSchema removes the resolver type-graphql installs, see there).
 */
@Versioned()
@InterfaceType({
  description: "Something that ties actors together: a Partnership, Activity, Project or Membership.",
})
export abstract class Engagement extends Stamped {
  @Field(() => ID, { description: "Unique id (a membership's id is synthetic: membership:<member>:<organization>[:<since>])." })
  id!: string;
}
