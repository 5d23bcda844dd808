// Reading manifest files that a pull request may have written to attack the scanner: an include
// (`-r`) must not reach outside the scanned root, not even through a symbolic link, and binary data
// is refused as a whole instead of being read as a million malformed lines.

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { readRegularFileSync } from '../regular-file.js';

/** Where binary data starts in a text, or undefined when it is text. */
export function binaryContent(text: string): { line: number; message: string } | undefined {
  const at = text.indexOf('\0');
  if (at === -1) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { line, message: `binary data (a NUL byte on line ${line}), not a text manifest; not parsed` };
}

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * A `ParseContext.readFile` for one root: reads UTF-8 text, and throws (with the reason) for a file
 * whose real location is outside the root, or that holds binary data.
 */
export function readInsideRoot(root: string): (absPath: string) => string {
  let realRoot: string | undefined;
  return (absPath: string): string => {
    realRoot ??= realpathSync(root);
    const real = realpathSync(absPath);
    if (!inside(realRoot, real)) throw new Error('it is a symbolic link to a file outside the scanned root; refused');
    // only a regular file: a FIFO named by `-r` would block the scan
    const text = readRegularFileSync(real);
    const binary = binaryContent(text);
    if (binary) throw new Error(binary.message);
    return text;
  };
}
