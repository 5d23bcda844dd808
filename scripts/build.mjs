// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, from a clean dist/,
// so that the committed dist/ can be compared byte for byte with a fresh build.
import { execFileSync } from 'node:child_process';
import { rmSync, chmodSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });

rmSync('dist', { recursive: true, force: true });
ncc('src/action.ts', 'dist');
ncc('src/cli.ts', 'dist/cli');
chmodSync('dist/cli/index.js', 0o755);
