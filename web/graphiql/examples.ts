/**
 * GraphiQL's preloaded tabs: the example operations of the README's "The GraphQL API" section (the
 * page reads README.md when it is built, so the two cannot drift apart). Each ```graphql block
 * that holds an operation becomes a tab; SDL blocks are skipped.
 */
export interface ExampleTab {
  query: string;
}

export function readmeExamples(text: string): ExampleTab[] {
  const start = text.indexOf("## The GraphQL API");
  const end = text.indexOf("\n## ", start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((match) => match[1].trim())
    .filter((block) => /^(query|mutation|\{)/m.test(block) && !/^(type|input|enum|schema|interface)\s/m.test(block))
    .map((query) => ({ query }));
}
