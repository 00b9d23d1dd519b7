/**
 * GET /reports/yearly.docx?planId=&year=[&unitId=] : the yearly report (yearlyDocx.ts) of the plan
 * for the year, for the province or one unit. Parameters are checked as the exports check theirs.
 */
import { type FileAnswer, sendFile } from "../exports/answer";
import { idParam, onlyParameters, yearParam } from "../exports/params";
import type { Execute } from "../graphql/inProcess";
import type { Route } from "../http/handler";
import { type YearlyQuestion, yearlyData } from "./yearlyData";
import { yearlyDocx } from "./yearlyDocx";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The question a report request asks; HTTP 400 naming the parameter at fault. */
export function yearlyQuestion(params: URLSearchParams): YearlyQuestion {
  onlyParameters(params, ["planId", "year", "unitId"]);
  return { planId: idParam(params, "planId", true), year: yearParam(params, "year"), unitId: idParam(params, "unitId", false) };
}

/** The report's file: its name says the plan, the year and the unit. */
export async function yearlyReport(execute: Execute, question: YearlyQuestion): Promise<FileAnswer> {
  const body = await yearlyDocx(await yearlyData(execute, question));
  const fileName = `bao-cao-${question.planId}-${question.year}${question.unitId ? `-${question.unitId}` : ""}.docx`;
  return { contentType: DOCX_TYPE, fileName, body };
}

/** The report routes by path. */
export function reportRoutes(): Record<string, Route> {
  return {
    "/reports/yearly.docx": async ({ url, res, execute }) => sendFile(res, await yearlyReport(execute, yearlyQuestion(url.searchParams))),
  };
}
