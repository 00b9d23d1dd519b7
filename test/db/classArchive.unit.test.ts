/**
 * The class archive's build, where it cannot reach Java: a training start that fails leaves a note
 * and no archive, and is not tried again until the note is removed. (The archive Java builds, and
 * a start that maps it, are tested in localNeo4j.test.ts.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { classArchiveFlags, classArchivePath, ensureClassArchive } from "../../src/db/classArchive";

describe("class archive build", () => {
  let cache: string;
  let lib: string;

  beforeEach(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), "class-archive-test-"));
    lib = path.join(cache, "lib");
    fs.mkdirSync(lib);
  });
  afterEach(() => fs.rmSync(cache, { recursive: true, force: true }));

  it("notes a failed training start, logs why, does not throw, and does not try again", async () => {
    const lines: string[] = [];
    let trainings = 0;
    const train = async () => {
      trainings++;
      throw new Error("Neo4j failed to start: the disk is full");
    };
    await ensureClassArchive(lib, train, (line) => lines.push(line));
    expect(trainings).toBe(1);
    expect(fs.existsSync(classArchivePath(lib))).toBe(false);
    expect(classArchiveFlags(lib)).toEqual([]);
    expect(lines.at(-1)).toBe("Could not build the class archive (Neo4j starts without it, a few seconds slower): Neo4j failed to start: the disk is full");
    const note = fs.readFileSync(path.join(cache, "classes.failed"), "utf8");
    expect(note).toContain("the disk is full");
    expect(note).toContain("Remove this file to try again.");

    await ensureClassArchive(lib, train, (line) => lines.push(line));
    expect(trainings).toBe(1);

    fs.rmSync(path.join(cache, "classes.failed"));
    await ensureClassArchive(lib, train, () => {});
    expect(trainings).toBe(2);
  });

  it("gives the JVM the archive once it exists, and does not build one over it", async () => {
    fs.writeFileSync(classArchivePath(lib), "");
    let trainings = 0;
    await ensureClassArchive(lib, async () => void trainings++, () => {});
    expect(trainings).toBe(0);
    expect(classArchiveFlags(lib)).toEqual([`-XX:SharedArchiveFile=${path.join(cache, "classes.jsa")}`]);
  });

  it("drops the class list's lines too long for Java 17 to read, and leaves nothing else behind", async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("neo4j-classes-"));
    const lines: string[] = [];
    // As Neo4j's class list does: some lambda proxies of long constructors take more than 4 096
    // characters, where the dump stops with "input line too long".
    await ensureClassArchive(lib, async (flags) => {
      const list = flags[0].slice("-XX:DumpLoadedClassList=".length);
      fs.writeFileSync(list, `java/lang/Object id: 0\n@lambda-proxy ${"x".repeat(5000)}\njava/lang/String id: 1\n`);
    }, (line) => lines.push(line));
    expect(lines.at(-1)).toMatch(/^Built the class archive \(\d+ MB\) in /);
    expect(fs.readdirSync(cache).sort()).toEqual(["classes.jsa", "lib"]);
    expect(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("neo4j-classes-") && !before.includes(name))).toEqual([]);
  });
});
