/**
 * GraphQL asked from inside the service: the exports, the yearly report and its command ask the
 * API the same questions the web app asks, through the same pipeline (limits, caching and
 * permissions included), so their rows are the API's rows by construction.
 */
import type { Context } from "./context";
import type { GraphQLPipeline } from "./pipeline";

export type Execute = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A GraphQL error met by an in-process question; `argument` names the argument at fault when it is one. */
export class InProcessError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly argument: string | undefined) {
    super(message);
  }
}

/** Asks `pipeline` with a context made by `context`; throws InProcessError on any GraphQL error. */
export function inProcessExecutor(pipeline: GraphQLPipeline, context: () => Context): Execute {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const { result } = await pipeline.run({ query, variables }, context());
    const { data, errors } = result;
    if (errors?.length) {
      const [first] = errors;
      throw new InProcessError(first.message, first.extensions?.code as string | undefined, first.extensions?.argument as string | undefined);
    }
    return data as T;
  };
}
