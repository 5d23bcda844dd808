// The one error type the index room throws. Callers turn it into a dependency's verdict, so the
// message must say what happened, where, and what a person can do about it.

import { redactUrl } from './redact.js';

export type IndexErrorKind =
  | 'not-found'
  | 'auth'
  | 'http'
  | 'network'
  | 'timeout'
  | 'tls'
  | 'too-large'
  | 'hash-mismatch'
  | 'malformed'
  | 'redirect';

export class IndexError extends Error {
  override readonly name = 'IndexError';
  readonly kind: IndexErrorKind;
  /** The URL the error is about, with any userinfo replaced by `***`. */
  readonly url: string;
  /** The HTTP status, when a response was received. */
  readonly status?: number;

  constructor(kind: IndexErrorKind, url: string, message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.url = redactUrl(url);
    if (status !== undefined) this.status = status;
  }
}

export function isIndexError(err: unknown): err is IndexError {
  return err instanceof IndexError;
}
