/**
 * Bearer tokens (JWT), verified with `jose`: HS256 with AUTH_JWT_SECRET, or RS256/ES256 with the PEM
 * public key in AUTH_JWT_PUBLIC_KEY_FILE. `exp` is required; `iss` and `aud` are checked when
 * configured; any other algorithm (`none` included) is refused. A token that does not verify, or whose
 * claims are not a role the service knows (an EDITOR without a unit, a unit that is not a domestic
 * actor), refuses the request: it never falls back to anonymous.
 */
import { createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import fs from "node:fs";
import { errors, jwtVerify, SignJWT } from "jose";
import { ANONYMOUS, type Caller, ROLES, type Role, Unauthenticated } from "./caller";

export interface AuthConfig {
  /** How tokens are verified; null when neither a secret nor a key is configured (tokens are then refused). */
  verifier: { algorithms: string[]; key: KeyObject } | null;
  issuer: string | null;
  audience: string | null;
  /** AUTH_REQUIRED: refuse requests without a token (else they read as anonymous). */
  required: boolean;
}

type Env = Record<string, string | undefined>;

/** The verification settings from the environment; throws a message naming the variable when one is wrong. */
export function authConfig(env: Env): AuthConfig {
  const secret = env.AUTH_JWT_SECRET;
  const keyFile = env.AUTH_JWT_PUBLIC_KEY_FILE?.trim();
  let verifier: AuthConfig["verifier"] = null;
  if (keyFile) {
    let pem: string;
    try {
      pem = fs.readFileSync(keyFile, "utf8");
    } catch (error) {
      throw new Error(`AUTH_JWT_PUBLIC_KEY_FILE: cannot read ${keyFile} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    let key: KeyObject;
    try {
      key = createPublicKey(pem);
    } catch {
      throw new Error(`AUTH_JWT_PUBLIC_KEY_FILE: ${keyFile} is not a PEM public key`);
    }
    const algorithms = key.asymmetricKeyType === "rsa" ? ["RS256"] : key.asymmetricKeyType === "ec" ? ["ES256"] : null;
    if (!algorithms) throw new Error(`AUTH_JWT_PUBLIC_KEY_FILE: an RSA (RS256) or EC P-256 (ES256) key is needed, not ${key.asymmetricKeyType}`);
    verifier = { algorithms, key };
  } else if (secret !== undefined && secret !== "") {
    // HS256 with a short secret can be brute-forced offline from any token.
    if (Buffer.byteLength(secret) < 32) throw new Error("AUTH_JWT_SECRET must be at least 32 bytes (e.g. `openssl rand -base64 48`)");
    verifier = { algorithms: ["HS256"], key: createSecretKey(Buffer.from(secret, "utf8")) };
  }
  return {
    verifier,
    issuer: env.AUTH_JWT_ISSUER?.trim() || null,
    audience: env.AUTH_JWT_AUDIENCE?.trim() || null,
    required: env.AUTH_REQUIRED?.trim().toLowerCase() === "true",
  };
}

/** Whether a domestic actor with this id exists (an EDITOR's unit must). */
export type UnitExists = (unitId: string) => Promise<boolean>;

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/** Why jose refused a token, in words for the client (never the token or the key). */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is missing or not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token is signed with an algorithm this service does not accept";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  return "the token is malformed";
}

/** The caller an `Authorization` header names; throws Unauthenticated for anything else. */
export async function callerOf(authorization: string | undefined, config: AuthConfig, unitExists: UnitExists): Promise<Caller> {
  if (authorization === undefined || authorization === "") {
    if (config.required) throw new Unauthenticated("A bearer token is required (Authorization: Bearer <token>)");
    return ANONYMOUS;
  }
  const match = BEARER.exec(authorization);
  if (!match) throw new Unauthenticated("The Authorization header must be `Bearer <token>`");
  if (!config.verifier) throw new Unauthenticated("This service has no token verification configured (AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY_FILE): it accepts no token");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(match[1], config.verifier.key, {
      algorithms: config.verifier.algorithms,
      requiredClaims: ["exp", "sub"],
      ...(config.issuer ? { issuer: config.issuer } : {}),
      ...(config.audience ? { audience: config.audience } : {}),
    }));
  } catch (error) {
    throw new Unauthenticated(`Invalid token: ${refusal(error)}`);
  }
  const role = payload.role;
  if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
    throw new Unauthenticated(`Invalid token: "role" must be one of ${ROLES.join(", ")}`);
  }
  const unitId = typeof payload.unitId === "string" && payload.unitId !== "" ? payload.unitId : null;
  if (role === "EDITOR" && unitId === null) throw new Unauthenticated('Invalid token: an EDITOR needs a "unitId"');
  if (unitId !== null && !(await unitExists(unitId))) throw new Unauthenticated(`Invalid token: unit "${unitId}" is not a domestic actor of this graph`);
  return { kind: "user", sub: String(payload.sub), role: role as Role, unitId };
}

/** A token for development and tests (`npm run token`), signed HS256 with the configured secret. */
export async function mintToken(secret: string, claims: { sub: string; role: Role; unitId?: string | null }, ttl: string): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.unitId ? { unitId: claims.unitId } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}
