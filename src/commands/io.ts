// What every command shares: where its input and output go (an Io value, so tests run it
// in-process), the error that means the command line itself was wrong, and writing a report.

import { resolve } from 'node:path';
import { writeReportFile } from '../regular-file.js';

/** The command line was wrong: the message is shown, and the exit status is 2. */
export class UsageError extends Error {}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether standard error is a terminal: progress is drawn only there. */
  isTTY: boolean;
  /** Whether standard output is a terminal: the text report is coloured only there (or with FORCE_COLOR). */
  stdoutIsTTY?: boolean;
}

export const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
};

/** `root`: the scanned checkout, where a file is never written through a link it holds. */
export function write(io: Io, format: string, text: string, output: string | undefined, root = io.cwd): void {
  if (output) {
    try {
      writeReportFile(resolve(io.cwd, output), text, root);
    } catch (err) {
      throw new UsageError(`--output ${output}: ${(err as Error).message}`);
    }
    io.stderr(`sdist-guard: wrote the ${format} report to ${output}\n`);
  } else io.stdout(text);
}
