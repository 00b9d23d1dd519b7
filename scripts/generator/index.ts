/** Synthetic dataset generator: the entry points (see generator.ts) and the size presets. */
export { type ArrayName, type GenerateSummary, GenerateFileError, generateDataset, generateDatasetFile, generateDatasetText, writeDataset } from "./generator";
export { type DatasetCounts, type GenerateOptions, type Scale, GenerateOptionsError, PRESETS, SCALES, resolveOptions } from "./presets";
