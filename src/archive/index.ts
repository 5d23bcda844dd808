// The archive room: sdist bytes to named text files, within hard limits. Nothing is written to
// disk and nothing is executed.

export { DEFAULT_LIMITS, type ArchiveLimits } from './limits.js';
export type { SdistContents } from './contents.js';
export { decodeSource, type Decoded } from './decode.js';
export { readSdist } from './sdist.js';
export { readSdistDirectory } from './directory.js';
