/**
 * The typed scalars of the API's answers (graphql-scalars). Their JSON forms are the ones the
 * fields always had: a date is still "2020-12-15", a count a number. They say in the schema what a
 * value is, so a client (or GraphiQL) knows a date from a name.
 *
 * Not used, on purpose: `CountryCode`, which refuses the user-assigned codes (XZ, QM–QZ…) that
 * partner-network/v2 lists international organisations under; and `Currency`, which would turn a
 * stored code the importer accepted (three capitals) into an error at read time.
 */
import { LocalDateResolver, NonNegativeFloatResolver, NonNegativeIntResolver } from "graphql-scalars";

/** A calendar date written YYYY-MM-DD. */
export const LocalDate = LocalDateResolver;
/** A count: a whole number, 0 or more. */
export const NonNegativeInt = NonNegativeIntResolver;
/** An amount, a sum or a ratio that cannot be negative. */
export const NonNegativeFloat = NonNegativeFloatResolver;
