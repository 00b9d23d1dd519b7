/**
 * GraphiQL's preloaded tabs: the example operations of the README's "The GraphQL API" section. The
 * page is given README.md's text when it is built (main.tsx imports it with Vite's `?raw`), so the
 * tabs and the README cannot drift apart. Each ```graphql block that holds an operation becomes a
 * tab (SDL blocks are skipped); an anonymous one is named after the bold heading above it, so the
 * tab says what it shows ("Coverage of the plan's priority countries" → CoverageOfThePlansPriorityCountries).
 */
export interface ExampleTab {
  query: string;
}

const SECTION = "## The GraphQL API";

export function readmeExamples(readme: string): ExampleTab[] {
  const start = readme.indexOf(SECTION);
  if (start < 0) return [];
  const end = readme.indexOf("\n## ", start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const tabs: ExampleTab[] = [];
  let heading = "";
  // The section's bold headings and graphql blocks, in order: each block takes the last heading.
  for (const match of section.matchAll(/\*\*([^*\n]+)\*\*|```graphql\n([\s\S]*?)```/g)) {
    if (match[1] !== undefined) heading = match[1];
    else {
      const block = match[2].trim();
      if (isOperation(block)) tabs.push({ query: block.startsWith("{") && operationName(heading) ? `query ${operationName(heading)} ${block}` : block });
    }
  }
  return tabs;
}

function isOperation(block: string): boolean {
  return /^(query|mutation|subscription|\{)/.test(block) && !/^(type|input|enum|schema|interface|scalar)\s/m.test(block);
}

/** "1. Coverage of the plan's priority countries, 2017–2020" → "CoverageOfThePlansPriorityCountries". */
function operationName(heading: string): string {
  const words = heading.replace(/^\d+\.\s*/, "").split(/[,—:(]/)[0].replace(/['’]/g, "").match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(name) ? name : "";
}
