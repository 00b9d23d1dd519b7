import { createParameterDecorator } from "type-graphql";

/**
 * The object whose field a field resolver resolves, as the level above returned it. Use it instead
 * of type-graphql's `@Root()`, which copies the object into a new instance of its declared class on
 * every call (so that class methods would work; these types have none): thousands of copies on a
 * large page.
 */
export function Parent() {
  return createParameterDecorator(({ root }) => root);
}
