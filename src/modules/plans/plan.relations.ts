/** How each relation of a plan, a task and a report is read (see graphql/read/relation.ts); fragments in cypher/relations/. */
import { listRelation, oneRelation } from "../../graphql/read/relation";
import { actorType } from "../actors/actor.type";
import { countryType } from "../countries/country.type";
import { planType, reportType, taskType } from "./plan.type";

export const planIssuer = oneRelation(planType, "issuer", actorType, { fragment: "relations/plans/issuer" });
export const planPriorityCountries = listRelation(planType, "priorityCountries", countryType, { fragment: "relations/plans/priority-countries" });
export const planTasks = listRelation(planType, "tasks", taskType, { fragment: "relations/plans/tasks" });
export const planReports = listRelation(planType, "reports", reportType, { fragment: "relations/plans/reports" });
export const taskAssignees = listRelation(taskType, "assignees", actorType, { fragment: "relations/tasks/assignees" });
export const reportUnit = oneRelation(reportType, "unit", actorType, { fragment: "relations/reports/unit" });
export const reportPlan = oneRelation(reportType, "plan", planType, { fragment: "relations/reports/plan" });
