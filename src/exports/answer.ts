/**
 * The two ends of a file route: asking the API (a refused argument becomes HTTP 400 naming the URL
 * parameter) and sending the file (a download with its name, never cached: it holds the caller's
 * view of live data).
 */
import type http from "node:http";
import { InProcessError, type Execute } from "../graphql/inProcess";
import { badParameter } from "./params";

export interface FileAnswer {
  contentType: string;
  fileName: string;
  body: Buffer;
}

/**
 * Asks GraphQL. A BAD_USER_INPUT refusal (an unknown plan, a year outside the plan) names an
 * argument, `planId` or `period.fromYear`; the URL parameter is its last part, or what `parameters`
 * maps it to when the URL calls it otherwise (`domesticPartyId` → `unitId`).
 */
export async function ask<T>(execute: Execute, query: string, variables: Record<string, unknown>, parameters: Record<string, string> = {}): Promise<T> {
  try {
    return await execute<T>(query, variables);
  } catch (error) {
    // Only a refused argument is the request's fault; anything else (a question the schema does not
    // take) is the service's, and stays a 500.
    if (error instanceof InProcessError && error.code === "BAD_USER_INPUT" && error.argument) {
      const argument = error.argument.split(".").pop()!.replace(/\[\d+\]$/, "");
      const parameter = parameters[argument] ?? argument;
      const problem = error.message.startsWith(`${error.argument}: `) ? error.message.slice(error.argument.length + 2) : error.message;
      throw badParameter(parameter, problem);
    }
    throw error;
  }
}

export function sendFile(res: http.ServerResponse, file: FileAnswer): void {
  res.writeHead(200, {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.fileName}"`,
    "content-length": file.body.length,
    "cache-control": "no-store",
  });
  res.end(file.body);
}
