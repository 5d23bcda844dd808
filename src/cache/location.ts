// Where the command line keeps its cache when not told: the platform's per-user cache folder.

import { join } from 'node:path';

/**
 * `$XDG_CACHE_HOME/sdist-guard`, else `~/.cache/sdist-guard` (`~/Library/Caches` on macOS,
 * `%LOCALAPPDATA%` on Windows). Undefined when the environment names no home at all: then no
 * cache is kept rather than one in a surprising place.
 */
export function defaultCacheDir(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform): string | undefined {
  const xdg = env.XDG_CACHE_HOME?.trim();
  // The XDG spec ignores a relative path.
  if (xdg && isAbsolute(xdg, platform)) return join(xdg, 'sdist-guard');
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA?.trim();
    return local ? join(local, 'sdist-guard', 'Cache') : undefined;
  }
  const home = env.HOME?.trim();
  if (!home || !isAbsolute(home, platform)) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'sdist-guard') : join(home, '.cache', 'sdist-guard');
}

function isAbsolute(p: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? /^([a-zA-Z]:[\\/]|\\\\)/.test(p) : p.startsWith('/');
}
