/**
 * `npm run token -- --role VIEWER|EDITOR|ADMIN [--unit ID] [--sub NAME] [--ttl 8h]`
 *
 * Prints a bearer token signed (HS256) with AUTH_JWT_SECRET, for development and tests. Production
 * tokens come from the organisation's identity provider (then verified with AUTH_JWT_PUBLIC_KEY_FILE).
 */
import { ROLES, type Role } from "../src/identity/caller";
import { authConfig, mintToken } from "../src/identity/tokens";

const USAGE = "Usage: npm run token -- --role VIEWER|EDITOR|ADMIN [--unit ID] [--sub NAME] [--ttl 8h]";

async function main(argv: string[]): Promise<number> {
  const options: Record<string, string> = { sub: "dev", ttl: "8h" };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, "");
    if (!["role", "unit", "sub", "ttl"].includes(name) || argv[i + 1] === undefined) {
      console.error(`${argv[i]}: unknown or without a value\n${USAGE}`);
      return 2;
    }
    options[name] = argv[i + 1];
  }
  if (!(ROLES as readonly string[]).includes(options.role)) {
    console.error(`--role must be one of ${ROLES.join(", ")}\n${USAGE}`);
    return 2;
  }
  if (options.role === "EDITOR" && !options.unit) {
    console.error(`--unit is required for an EDITOR (the id of the domestic unit whose work they record)\n${USAGE}`);
    return 2;
  }
  const secret = process.env.AUTH_JWT_SECRET;
  try {
    authConfig(process.env);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (!secret) {
    console.error("AUTH_JWT_SECRET is not set: set it (at least 32 bytes, e.g. `export AUTH_JWT_SECRET=$(openssl rand -base64 48)`) here and for the service");
    return 2;
  }
  try {
    console.log(await mintToken(secret, { sub: options.sub, role: options.role as Role, unitId: options.unit ?? null }, options.ttl));
  } catch (error) {
    console.error(`--ttl: ${(error as Error).message}`);
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
