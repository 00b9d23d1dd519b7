/**
 * The lifetime of one request: its id (in logs and in the metadata of its Neo4j transactions), its
 * deadline, and a signal that fires when the request must stop — its deadline passed, or its
 * client went away. The HTTP layer makes one per request; the executor stops waiting when it fires
 * and the database closes the request's sessions, which makes Neo4j end their transactions.
 */
import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";

/** Why a request was stopped at its deadline (REQUEST_TIMEOUT_MS). */
export class RequestTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The request ran longer than ${timeoutMs} ms (REQUEST_TIMEOUT_MS) and was stopped`);
    this.name = "RequestTimeout";
  }
}

/** Why a request was stopped because its client closed the connection. */
export class ClientGone extends Error {
  constructor() {
    super("The client closed the connection before the answer was ready");
    this.name = "ClientGone";
  }
}

export interface RequestScope {
  readonly id: string;
  /** Fires with a RequestTimeout or ClientGone as its reason. */
  readonly signal: AbortSignal;
  /** Milliseconds left before the deadline (Infinity without one). */
  remainingMs(): number;
  /** Stops the request now (the client went away). */
  abort(reason: Error): void;
  /** The request is over: its timer is cleared. */
  end(): void;
}

/**
 * A signal with one listener per piece of work waiting on it (each database session, the executor),
 * each removed when its work settles: many at once is normal, not the leak Node warns of past 10.
 */
function stopSignal(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

export function createRequestScope(options: { timeoutMs: number; id?: string }): RequestScope {
  const controller = stopSignal();
  const deadline = Date.now() + options.timeoutMs;
  const timer = setTimeout(() => controller.abort(new RequestTimeout(options.timeoutMs)), options.timeoutMs);
  timer.unref();
  return {
    id: options.id ?? randomUUID(),
    signal: controller.signal,
    remainingMs: () => deadline - Date.now(),
    abort: (reason) => controller.abort(reason),
    end: () => clearTimeout(timer),
  };
}

/**
 * `work`, or a rejection with the signal's reason as soon as it fires, whichever comes first.
 * `work` is not stopped by this (its own code must see the signal); its later end is ignored.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** A scope without deadline that never fires: work outside any request (imports, tests, start-up). */
export const UNBOUNDED_SCOPE: RequestScope = {
  id: "",
  signal: stopSignal().signal,
  remainingMs: () => Infinity,
  abort: () => {},
  end: () => {},
};
