/**
 * The built-in demo sandbox. In the Chrome service worker it is the `demo-sandbox` chunk,
 * loaded the first time demo mode is used; everywhere else it is bundled.
 */
import { createSandbox, type Sandbox } from '@/lib/sandbox';
import { chunk } from './load';

export function createDemoSandbox(): Sandbox {
  // Chrome's MV3 service worker (see `installChunks`): constants of the build, so the bundler
  // drops the branch not taken (a helper function would not be folded).
  if (
    import.meta.env.ENTRYPOINT === 'background' &&
    import.meta.env.MANIFEST_VERSION === 3 &&
    !import.meta.env.FIREFOX
  ) {
    return chunk('demo-sandbox').createSandbox();
  }
  return createSandbox();
}
