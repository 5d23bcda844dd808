// Index pages on disk, for the index client's HTTP cache (src/index/http-cache.ts decides what is
// kept and for how long; this only keeps it).

import { asCachedPage, type CachedPage, type PageStore } from '../index/http-cache.js';
import type { DiskCache } from './disk.js';

const NAMESPACE = 'pages';

export class DiskPageStore implements PageStore {
  constructor(private readonly disk: DiskCache) {}

  async get(url: string): Promise<CachedPage | undefined> {
    const value = await this.disk.get(NAMESPACE, url);
    if (value === undefined) return undefined;
    const page = asCachedPage(value, url);
    if (!page) await this.disk.delete(NAMESPACE, url);
    return page;
  }

  mayHold(url: string): boolean {
    return this.disk.digest(NAMESPACE, url) !== undefined;
  }

  async put(page: CachedPage): Promise<void> {
    await this.disk.put(NAMESPACE, page.url, page);
  }

  async delete(url: string): Promise<void> {
    await this.disk.delete(NAMESPACE, url);
  }
}
