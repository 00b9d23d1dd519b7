import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Plain } from "../../db/mapping";
import { list, number, optText, text } from "../common/row";
import { Sector } from "../../domain/enums";
import { Stamped, Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
import { LocalDate } from "../../graphql/scalars";

@Versioned()
@ObjectType({ simpleResolvers: true, description: "A plan (e.g. a provincial people-to-people diplomacy plan) with tasks, priority countries and yearly reports." })
export class Plan extends Stamped {
  @Field(() => ID, { description: "Unique id." })
  id!: string;

  @Field(() => String, { description: "Title in English." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Title in Vietnamese." })
  titleVi!: string | null;

  @Field(() => String, { nullable: true, description: "Official document number." })
  documentNumber!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date issued (YYYY-MM-DD)." })
  issuedOn!: string | null;

  @Field(() => Int, { description: "First year the plan covers." })
  fromYear!: number;

  @Field(() => Int, { description: "Last year the plan covers." })
  toYear!: number;

  @Field(() => String, { description: "Yearly report deadline as MM-DD (default 12-15, i.e. 15 December)." })
  reportDeadline!: string;
}

@Versioned()
@ObjectType({ simpleResolvers: true, description: "A task of a plan, assigned to domestic units." })
export class Task extends Stamped {
  @Field(() => ID, { description: "Unique id." })
  id!: string;

  @Field(() => String, { description: "Title in English." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Title in Vietnamese." })
  titleVi!: string | null;

  @Field(() => [Sector], { description: "Fields concerned." })
  sectors!: Sector[];
}

@Versioned()
@ObjectType({ simpleResolvers: true, description: "A yearly report a unit submitted for a plan." })
export class Report extends Stamped {
  @Field(() => ID, { description: "Unique id." })
  id!: string;

  @Field(() => Int, { description: "Year reported on." })
  year!: number;

  @Field(() => LocalDate, { description: "Date submitted (YYYY-MM-DD)." })
  submittedOn!: string;

  @Field(() => String, { nullable: true, description: "Summary of the report." })
  summary!: string | null;
}

/** What each field of these types reads and how its value is computed (see graphql/read/entity.ts). */
export const planType = recordType<Plan>("Plan", {
  id: computed("id", text), title: computed("title", text), titleVi: computed("titleVi", optText),
  documentNumber: computed("documentNumber", optText), issuedOn: computed("issuedOn", optText),
  fromYear: computed("fromYear", number), toYear: computed("toYear", number),
  // A plan without a deadline of its own reports by 15 December.
  reportDeadline: computed("reportDeadline", (deadline: Plain) => optText(deadline) ?? "12-15"),
  issuer: resolved(), priorityCountries: resolved(), tasks: resolved(), reports: resolved(),
}, ["issuedOn"]);

export const taskType = recordType<Task>("Task", {
  id: computed("id", text), title: computed("title", text), titleVi: computed("titleVi", optText), sectors: computed("sectors", list),
  assignees: resolved(),
}, []);

export const reportType = recordType<Report>("Report", {
  id: computed("id", text), year: computed("year", number), submittedOn: computed("submittedOn", text), summary: computed("summary", optText),
  unit: resolved(), plan: resolved(),
}, ["submittedOn"]);
