/**
 * Dedupe sessions of the lookalike endpoints: the server hands out a `dedupeSessionId` on the
 * first call, remembers every id it returned under it, and forgets sessions 30 days after their
 * last use (the sandbox clock decides), which then answer `410 DEDUPE_SESSION_INVALID`.
 */
import type { RouteResult, SandboxContext } from '../types';
import { DAY_MS, moduleState, seededUuid } from './prospecting-common';

/** Sessions are retained for 30 days (spec, lookalike descriptions). */
export const SESSION_TTL_MS = 30 * DAY_MS;

/** One dedupe session. */
export interface LookalikeSession {
  kind: 'contacts' | 'companies';
  seen: Set<string>;
  lastUsed: number;
}

interface SessionStore {
  sessions: Map<string, LookalikeSession>;
  created: number;
}

function store(ctx: SandboxContext): SessionStore {
  return moduleState<SessionStore>(ctx, 'lookalikes', () => ({ sessions: new Map(), created: 0 }));
}

const GONE_MESSAGE =
  'The provided dedupeSessionId is invalid or expired. Generate a new request without dedupeSessionId to start a fresh run.';

/**
 * The 410 answer. The spec gives the two operations different bodies: contacts
 * `DedupeSessionInvalidError` `{code, message}` (no other fields allowed), companies the common
 * `ErrorResponse` `{statusCode, message, errors?}`, which carries the code in `errors`.
 */
export function sessionGone(kind: LookalikeSession['kind']): RouteResult {
  const body =
    kind === 'contacts'
      ? { code: 'DEDUPE_SESSION_INVALID', message: GONE_MESSAGE }
      : { statusCode: 410, message: GONE_MESSAGE, errors: ['DEDUPE_SESSION_INVALID'] };
  return { status: 410, body };
}

/**
 * The session to use: a new one when `id` is absent, the live one when it is known and fresh
 * for this kind, or null when it is unknown, of the other kind, or expired.
 */
export function openSession(
  ctx: SandboxContext,
  kind: LookalikeSession['kind'],
  id: string | undefined,
): { id: string; session: LookalikeSession } | null {
  const { sessions } = store(ctx);
  const now = ctx.clock.now();
  if (id === undefined) {
    const s = store(ctx);
    s.created += 1;
    const fresh = seededUuid(ctx.account.key, 'dedupe', kind, s.created, now);
    const session: LookalikeSession = { kind, seen: new Set(), lastUsed: now };
    sessions.set(fresh, session);
    return { id: fresh, session };
  }
  const session = sessions.get(id.toLowerCase());
  if (!session || session.kind !== kind) return null;
  if (now - session.lastUsed > SESSION_TTL_MS) {
    sessions.delete(id.toLowerCase());
    return null;
  }
  return { id: id.toLowerCase(), session };
}

/** Records the ids returned under a session and refreshes its last use. */
export function touchSession(ctx: SandboxContext, session: LookalikeSession, ids: string[]): void {
  for (const id of ids) session.seen.add(id);
  session.lastUsed = ctx.clock.now();
}
