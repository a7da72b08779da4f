/** Errors the workspace page makes itself. */
import type { UserError } from '@/lib/lookup';

/** The background did not answer (the worker restarting, the extension reloaded). */
export function unreachable(): UserError {
  return {
    kind: 'unexpected',
    retryable: true,
    message: 'Prospect Lens could not reach its background. Reload this page and try again.',
  };
}
