import { afterEach, describe, expect, it } from "vitest";
import { productionStackTraces } from "../../src/observability/stackTraces";

describe("productionStackTraces", () => {
  const before = process.sourceMapsEnabled;
  afterEach(() => process.setSourceMapsEnabled(before));

  it("turns source-mapped stack traces off in production", () => {
    process.setSourceMapsEnabled(true);
    productionStackTraces(true);
    expect(process.sourceMapsEnabled).toBe(false);
  });

  it("leaves them as they are outside production", () => {
    process.setSourceMapsEnabled(true);
    productionStackTraces(false);
    expect(process.sourceMapsEnabled).toBe(true);
  });
});
