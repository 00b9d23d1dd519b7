import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { num, optStr, str } from "../common/row";
import { Recommendation } from "../../domain/enums";
import { type Own, Stamped, Versioned, recordType } from "../common/stamp";
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

export function toReview(row: Row): Own<Review> {
  return {
    id: str(row, "id"),
    year: num(row, "year"),
    score: num(row, "score"),
    recommendation: str(row, "recommendation") as Recommendation,
    reviewedOn: str(row, "reviewedOn"),
    findings: optStr(row, "findings"),
  };
}

/** The stored properties each Review field reads, and how its rows are read (see graphql/read/entity.ts). */
export const reviewType = recordType("Review", {
  id: ["id"], year: ["year"], score: ["score"], recommendation: ["recommendation"], reviewedOn: ["reviewedOn"], findings: ["findings"],
  reviewer: [], partnership: [],
}, ["reviewedOn"], toReview);
