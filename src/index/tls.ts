// TLS failures in words a person can act on. A certificate that cannot be verified, or a server
// that does not speak TLS, will not change on a retry, so these are final; and the remedy is never
// to turn verification off, only to tell Node which authority to trust.

/** Node's codes for a peer certificate that failed verification (OpenSSL's X509_V_ERR names, and Node's own). */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_CRL',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const TRUST_HINT =
  'certificates are always verified; if the index uses a private certificate authority, name its certificate in NODE_EXTRA_CA_CERTS';

/** OpenSSL's reason in `...:SSL routines:ssl3_get_record:wrong version number:...`, or the message's first line. */
function opensslReason(message: string): string {
  const m = /SSL routines:[^:]*:([^:]+)/.exec(message);
  return (m?.[1] ?? message.split('\n')[0] ?? '').trim();
}

/**
 * The sentence for a TLS failure talking to `host`, or undefined when `err` is not one. `where` is
 * the URL as it may be shown.
 */
export function describeTlsError(err: unknown, host: string, where: string): string | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  const message = (err as Error).message ?? '';
  if (CERTIFICATE_CODES.has(code)) {
    const problem =
      code === 'CERT_HAS_EXPIRED'
        ? 'has expired'
        : code === 'CERT_NOT_YET_VALID'
          ? 'is not valid yet'
          : code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH'
            ? `does not name ${host.replace(/:\d+$/, '')} (${message.split('\n')[0]})`
            : `is not trusted (${message.split('\n')[0]})`;
    return `TLS error from ${where}: the certificate of ${host} ${problem}; ${code}; ${TRUST_HINT}`;
  }
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
    const reason = opensslReason(message);
    const hint = /wrong version number|packet length too long|unknown protocol|http request/i.test(reason) ? ': the server does not seem to speak TLS on that port' : '';
    return `TLS error from ${where}: the TLS handshake with ${host} failed (${reason})${hint}; ${code}`;
  }
  return undefined;
}
