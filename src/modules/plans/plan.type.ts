import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { num, optStr, str, strList } from "../common/row";
import { Sector } from "../../domain/enums";
import { type Own, Stamped, Versioned, recordType } from "../common/stamp";
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

export function toPlan(row: Row): Own<Plan> {
  return {
    id: str(row, "id"),
    title: str(row, "title"),
    titleVi: optStr(row, "titleVi"),
    documentNumber: optStr(row, "documentNumber"),
    issuedOn: optStr(row, "issuedOn"),
    fromYear: num(row, "fromYear"),
    toYear: num(row, "toYear"),
    reportDeadline: optStr(row, "reportDeadline") ?? "12-15",
  };
}

export function toTask(row: Row): Own<Task> {
  return { id: str(row, "id"), title: str(row, "title"), titleVi: optStr(row, "titleVi"), sectors: strList<Sector>(row, "sectors") };
}

export function toReport(row: Row): Own<Report> {
  return { id: str(row, "id"), year: num(row, "year"), submittedOn: str(row, "submittedOn"), summary: optStr(row, "summary") };
}

/** The stored properties each field of these types reads, and how their rows are read (see graphql/read/entity.ts). */
export const planType = recordType("Plan", {
  id: ["id"], title: ["title"], titleVi: ["titleVi"], documentNumber: ["documentNumber"], issuedOn: ["issuedOn"],
  fromYear: ["fromYear"], toYear: ["toYear"], reportDeadline: ["reportDeadline"],
  issuer: [], priorityCountries: [], tasks: [], reports: [],
}, ["issuedOn"], toPlan);

export const taskType = recordType("Task", {
  id: ["id"], title: ["title"], titleVi: ["titleVi"], sectors: ["sectors"], assignees: [],
}, [], toTask);

export const reportType = recordType("Report", {
  id: ["id"], year: ["year"], submittedOn: ["submittedOn"], summary: ["summary"], unit: [], plan: [],
}, ["submittedOn"], toReport);
