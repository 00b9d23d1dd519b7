import { Field, ObjectType } from "type-graphql";
import { flag, optText, text } from "../common/row";
import { computed, entityType, resolved } from "../../graphql/read/entity";
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

/** What each Country field reads and how its value is computed (see graphql/read/entity.ts). */
export const countryType = entityType<Country>("Country", "code", {
  code: computed("code", text), name: computed("name", text), nameVi: computed("nameVi", optText), region: computed("region", text),
  asean: computed("asean", flag), partners: resolved(),
}, []);
