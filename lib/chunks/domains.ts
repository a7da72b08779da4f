/**
 * The registrable domain of a host (see `lib/detect/domain`). In the Chrome service worker the
 * public suffix list is the `psl` chunk, loaded on first use; everywhere else (pages, tests,
 * Firefox's background page) it is bundled.
 */
import { registrableDomain as bundled } from '@/lib/detect/domain';
import { chunk } from './load';

export function registrableDomain(hostname: string): string | null {
  // Chrome's MV3 service worker (see `installChunks`): constants of the build, so the bundler
  // drops the branch not taken (a helper function would not be folded).
  if (
    import.meta.env.ENTRYPOINT === 'background' &&
    import.meta.env.MANIFEST_VERSION === 3 &&
    !import.meta.env.FIREFOX
  ) {
    return chunk('psl').registrableDomain(hostname);
  }
  return bundled(hostname);
}
