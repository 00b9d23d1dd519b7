/**
 * The typed scalars of the API's answers (graphql-scalars). Their JSON forms are the ones the
 * fields always had: a date is still "2020-12-15", a count a number. They say in the schema what a
 * value is, so a client (or GraphiQL) knows a date from a name.
 *
 * Not used, on purpose: `CountryCode`, which refuses the user-assigned codes (XZ, QM–QZ…) that
 * partner-network/v2 lists international organisations under; and `Currency`, which would turn a
 * stored code the importer accepted (three capitals) into an error at read time.
 */
import { GraphQLScalarType } from "graphql";
import { LocalDateResolver, NonNegativeFloatResolver, NonNegativeIntResolver } from "graphql-scalars";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written YYYY-MM-DD. Inputs are checked in full (a real calendar day). Answers
 * come from Neo4j `date` values written out by `toString`, real days by construction, so their
 * shape is enough: the full check builds a `Date` and an ISO string per value, a few percent of
 * the Node time of a page of a thousand activities. Anything else falls to the full check.
 */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize: (value) => (typeof value === "string" && DATE_SHAPE.test(value) ? value : LocalDateResolver.serialize(value)),
});
/** A count: a whole number, 0 or more. */
export const NonNegativeInt = NonNegativeIntResolver;
/** An amount, a sum or a ratio that cannot be negative. */
export const NonNegativeFloat = NonNegativeFloatResolver;
