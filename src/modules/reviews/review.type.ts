import { Field, ID, Int, ObjectType } from "type-graphql";
import { number, optText, text } from "../common/row";
import { Recommendation } from "../../domain/enums";
import { Stamped, Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
import { LocalDate } from "../../graphql/scalars";

@Versioned()
@ObjectType({ simpleResolvers: true, description: "A yearly effectiveness review of a partnership." })
export class Review extends Stamped {
  @Field(() => ID, { description: "Unique id." })
  id!: string;

  @Field(() => Int, { description: "Year reviewed." })
  year!: number;

  @Field(() => Int, { description: "Score from 1 (poor) to 5 (excellent)." })
  score!: number;

  @Field(() => Recommendation, { description: "What the reviewer recommends." })
  recommendation!: Recommendation;

  @Field(() => LocalDate, { description: "Date of the review (YYYY-MM-DD)." })
  reviewedOn!: string;

  @Field(() => String, { nullable: true, description: "Findings in words." })
  findings!: string | null;
}

/** What each Review field reads and how its value is computed (see graphql/read/entity.ts). */
export const reviewType = recordType<Review>("Review", {
  id: computed("id", text), year: computed("year", number), score: computed("score", number),
  recommendation: computed("recommendation", text), reviewedOn: computed("reviewedOn", text), findings: computed("findings", optText),
  reviewer: resolved(), partnership: resolved(),
}, ["reviewedOn"]);
