/**
 * The part of stream-json the dataset reader uses: its bare tokenizer. The package's own typings sit
 * behind an `exports` map, which this project's module resolution (`node`) does not read.
 */
declare module "stream-json/core/parser.js" {
  export type Token =
    | { name: "startObject" | "endObject" | "startArray" | "endArray"; value?: undefined }
    | { name: "keyValue" | "stringValue" | "numberValue"; value: string }
    | { name: "nullValue"; value: null }
    | { name: "trueValue"; value: true }
    | { name: "falseValue"; value: false };

  export interface ParserOptions {
    packValues?: boolean;
    streamValues?: boolean;
    jsonStreaming?: boolean;
  }

  /**
   * A tokenizer fed text chunk by chunk: returns the tokens each chunk completes (`{ values }`) or
   * the `none` symbol; called with `none` (Symbol.for("object-stream.none")) at the end of the text.
   * Throws an Error on text that is not JSON.
   */
  export function jsonParser(options?: ParserOptions): (chunk: string | symbol) => { values: Token[] } | symbol;
}
