import { Field, ID, InterfaceType } from "type-graphql";

/**
 * Anything that links actors: a partnership, an activity, a project or a membership.
 * `__typename` is set by each module's row mapper so the interface can resolve its type.
 */
@InterfaceType({
  description: "Something that ties actors together: a Partnership, Activity, Project or Membership.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Engagement {
  @Field(() => ID, { description: "Unique id (a membership's id is synthetic: membership:<member>:<organization>[:<since>])." })
  id!: string;
}
