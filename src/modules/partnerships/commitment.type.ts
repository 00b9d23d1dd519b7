import { Field, Float, ID, ObjectType } from "type-graphql";
import { flag, list, number, text } from "../common/row";
import { ActivityKind, CommitmentKind } from "../../domain/enums";
import { computed, entityType } from "../../graphql/read/entity";

@ObjectType({
  simpleResolvers: true,
  description:
    "A quantified commitment of an agreement (\"two delegations a year\", \"USD 50 000 of aid\"); " +
    "`agreementReview` says how far it was kept over a period.",
})
export class Commitment {
  @Field(() => ID, { description: "Unique id (unique across the dataset)." })
  id!: string;

  @Field(() => String, { description: "The commitment in words." })
  description!: string;

  @Field(() => CommitmentKind, { description: "ACTIVITIES (a number of activities) or FUNDS_USD (funds mobilised, in US dollars)." })
  kind!: CommitmentKind;

  @Field(() => Float, { description: "The number of activities, or the US dollars, promised (per year when `perYear`)." })
  target!: number;

  @Field(() => Boolean, { description: "Whether the target is per year of the period rather than for the whole period." })
  perYear!: boolean;

  @Field(() => [ActivityKind], { description: "For ACTIVITIES: the kinds that count; empty when every kind counts." })
  activityKinds!: ActivityKind[];
}

/** What each Commitment field reads (a part of its agreement: no version stamp of its own) and how its value is computed. */
export const commitmentType = entityType<Commitment>("Commitment", "id", {
  id: computed("id", text), description: computed("description", text), kind: computed("kind", text), target: computed("target", number),
  perYear: computed("perYear", flag), activityKinds: computed("activityKinds", list),
}, []);
