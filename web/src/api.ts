/**
 * The app's only way to the service: GraphQL over POST /graphql on its own origin (no other request
 * leaves the page). Queries go through TanStack Query, which gives every view its loading and error
 * states and keeps answers while the user moves back and forth.
 */
import { useQuery, type UseQueryResult } from "@tanstack/react-query";

/** A GraphQL error as the service answers it: a message, and a code in `extensions`. */
export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!response.ok || !body.data) throw new GraphQLRequestError(`HTTP ${response.status}`);
  return body.data;
}

/** Runs `query` with `variables` (refetched when they change); `enabled: false` waits. */
export function useGraphQL<T>(query: string, variables: Record<string, unknown>, enabled = true): UseQueryResult<T, Error> {
  return useQuery({ queryKey: [query, variables], queryFn: () => graphql<T>(query, variables), enabled, retry: false });
}
