import { Field, ObjectType } from "type-graphql";
import { NonNegativeFloat } from "../../graphql/scalars";

@ObjectType({ simpleResolvers: true, description: "An amount of money in one currency." })
export class Money {
  @Field(() => NonNegativeFloat, { description: "Amount, >= 0." })
  amount!: number;

  @Field(() => String, { description: "ISO 4217 currency code, e.g. USD, JPY, VND." })
  currency!: string;
}

/** Money from the `<prefix>Amount` / `<prefix>Currency` properties it is stored as; null when absent. */
export function moneyFrom(amount: unknown, currency: unknown): Money | null {
  return typeof amount === "number" && typeof currency === "string" ? { amount, currency } : null;
}
