import { Field, ObjectType } from "type-graphql";
import { ActivityKind } from "../../domain/enums";
import { Actor } from "../../modules/actors/actor.type";
import { Task } from "../../modules/plans/plan.type";
import { NonNegativeInt } from "../../graphql/scalars";

@ObjectType({ simpleResolvers: true, description: "How many activities of one kind." })
export class ActivityKindCount {
  @Field(() => ActivityKind, { description: "The kind of activity." })
  kind!: ActivityKind;

  @Field(() => NonNegativeInt, { description: "How many activities of that kind." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "A plan task's progress in one year: the activities that serve it, and who of its assignees did something." })
export class TaskProgress {
  @Field(() => Task, { description: "The task." })
  task!: Task;

  @Field(() => NonNegativeInt, { description: "Activities serving the task (taskId) dated in the year." })
  activities!: number;

  @Field(() => [ActivityKindCount], { description: "Those activities by kind; kinds without any left out, in ActivityKind order." })
  activitiesByKind!: ActivityKindCount[];

  @Field(() => [Actor], { description: "Assignees that organised at least one of those activities; by id." })
  assigneesWithActivity!: Actor[];

  @Field(() => [Actor], { description: "Assignees that organised none of them; by id." })
  assigneesWithout!: Actor[];
}
