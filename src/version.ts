// The released version, kept equal to package.json's by a test (the bundles cannot read package.json).
export const VERSION = '0.1.0';
