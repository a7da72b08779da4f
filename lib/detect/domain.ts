import { getDomain } from 'tldts';

const OPTIONS = { allowPrivateDomains: true, detectIp: true, extractHostname: false } as const;

/**
 * The registrable domain ("eTLD+1") of a hostname by the public suffix list, private section
 * included (`foo.github.io` stays itself), or null for IP addresses, `localhost`, bare suffixes
 * and malformed hosts. Input is lower-cased and a trailing dot is dropped.
 */
export function registrableDomain(hostname: string): string | null {
  let host = hostname.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '' || host.startsWith('.') || host === 'localhost' || host.startsWith('[')) {
    return null;
  }
  return getDomain(host, OPTIONS);
}
