/**
 * GET /reports/yearly.docx?planId=&year=[&unitId=] : the yearly report (yearlyDocx.ts) of the plan
 * for the year, for the province or one unit. Parameters are checked as the exports check theirs.
 */
import { checkedParameters, type FileAnswer, type FileRoute } from "../exports/route";
import { ParameterError } from "../exports/tables";
import type { Execute } from "../graphql/inProcess";
import { type YearlyQuestion, yearlyData } from "./yearlyData";
import { yearlyDocx } from "./yearlyDocx";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The question a report request asks; a ParameterError names the parameter at fault. */
export function yearlyQuestion(params: URLSearchParams): YearlyQuestion {
  const planId = params.get("planId") ?? "";
  if (!ID.test(planId)) throw new ParameterError(planId ? "planId: is not an id" : "planId: is required");
  const year = params.get("year") ?? "";
  if (!/^\d{4}$/.test(year)) throw new ParameterError(year ? `year: must be a year written with four digits, got "${year.slice(0, 40)}"` : "year: is required (a year, e.g. 2020)");
  const unitId = params.get("unitId") || null;
  if (unitId !== null && !ID.test(unitId)) throw new ParameterError("unitId: is not an id");
  return { planId, year: Number(year), unitId };
}

/** The report's file: its name says the plan, the year and the unit. */
export async function yearlyReport(execute: Execute, question: YearlyQuestion): Promise<FileAnswer> {
  const body = await yearlyDocx(await yearlyData(execute, question));
  const fileName = `bao-cao-${question.planId}-${question.year}${question.unitId ? `-${question.unitId}` : ""}.docx`;
  return { contentType: DOCX_TYPE, fileName, body };
}

const yearlyRoute: FileRoute = (params, execute) =>
  yearlyReport(execute, checkedParameters(params, ["planId", "year", "unitId"], () => yearlyQuestion(params)));

export function reportRoute(pathname: string): FileRoute | undefined {
  return pathname === "/reports/yearly.docx" ? yearlyRoute : undefined;
}
