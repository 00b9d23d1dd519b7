import { Field, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { optStr, str } from "../common/row";
import { entityType } from "../../graphql/read/entity";
import { Region } from "../../domain/enums";

@ObjectType({ simpleResolvers: true, description: "A country, by ISO 3166-1 alpha-2 code." })
export class Country {
  @Field(() => String, { description: "ISO 3166-1 alpha-2 code, e.g. JP." })
  code!: string;

  @Field(() => String, { description: "Name in English." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Name in Vietnamese." })
  nameVi!: string | null;

  @Field(() => Region, { description: "World region." })
  region!: Region;

  @Field(() => Boolean, { description: "True for members of ASEAN." })
  asean!: boolean;
}

export function toCountry(row: Row): Country {
  return {
    code: str(row, "code"),
    name: str(row, "name"),
    nameVi: optStr(row, "nameVi"),
    region: str(row, "region") as Region,
    asean: row.asean === true,
  };
}

/** The stored properties each Country field reads and how its rows are read (see graphql/read/entity.ts). */
export const countryType = entityType("Country", "code", {
  code: ["code"], name: ["name"], nameVi: ["nameVi"], region: ["region"], asean: ["asean"], partners: [],
}, [], toCountry);
