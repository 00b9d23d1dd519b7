/**
 * Deliberate client errors. Anything thrown that is not a GraphQLError is treated as a bug and
 * masked by the server's error formatter (src/graphql/formatError.ts).
 */
import { GraphQLError } from "graphql";

/** A bad argument: the message names it, `extensions.argument` carries its path. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argument },
  });
}
