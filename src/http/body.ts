/**
 * Reading a request's body within a bound. Apollo's standalone server accepts 50 MB bodies;
 * a read API needs far less, so anything larger than MAX_BODY_BYTES is refused with 413 before it is
 * parsed, and the rest of an oversized upload is read and dropped rather than kept.
 */
import type http from "node:http";

export const MAX_BODY_BYTES = 1024 * 1024;

/** An answer the HTTP layer gives itself, before any operation runs: a status and one error message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    /** Headers the answer carries (e.g. `allow` with a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped (not kept in memory), so the client gets a
    // proper 413 instead of a connection reset in the middle of its upload.
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`));
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

/** The body of a POST: parsed JSON for a JSON content type, the text otherwise (graphql/protocol.ts refuses it). */
export async function parseBody(req: http.IncomingMessage): Promise<unknown> {
  if (req.method !== "POST") return undefined;
  const text = await readBody(req);
  const type = req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("application/json")) return text;
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "Request body is not valid JSON", { code: "BAD_REQUEST" });
  }
}
