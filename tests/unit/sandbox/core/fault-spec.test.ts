/**
 * What `POST /__sandbox/faults` makes of a fault request: defaults filled in per kind, strict
 * keys, the kind as discriminator, the mutate refinement, and zod's English messages in the 400
 * answer.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from './support';

const queue = (body: unknown) => fixture().call('POST', '/__sandbox/faults', body, null);

describe('fault requests', () => {
  it.each([
    [{ kind: 'status' }, { kind: 'status', count: 1, phase: 'before', status: 500 }],
    [
      { kind: 'hang', phase: 'after' },
      { kind: 'hang', count: 1, phase: 'after', hangMs: 60_000 },
    ],
    [
      { kind: 'truncate', count: 3 },
      { kind: 'truncate', count: 3 },
    ],
    [{ kind: 'replace' }, { kind: 'replace', count: 1, status: 200 }],
    [
      { kind: 'mutate', unset: ['/billing'] },
      { kind: 'mutate', count: 1, set: {}, unset: ['/billing'] },
    ],
  ])('fills in the defaults of %j', async (input, expected) => {
    const reply = await queue(input);
    expect(reply.status).toBe(201);
    expect(reply.body.queued).toStrictEqual(expected);
  });

  it.each([
    [{ kind: 'mutate' }, 'set: mutate needs set or unset'],
    [{ kind: 'status', extra: 1 }, 'body: Unrecognized key: "extra"'],
    [{ kind: 'status', count: 0 }, 'count: Too small: expected number to be >=1'],
    [{ kind: 'status', status: 199 }, 'status: Too small: expected number to be >=200'],
    [{ kind: 'hang', hangMs: 1.5 }, 'hangMs: Invalid input: expected int, received number'],
    [{ kind: 'status', path: 'v3' }, 'path: Invalid string: must start with "/"'],
    [{ kind: 'mutate', unset: ['a'] }, 'unset.0: must be a JSON pointer ("" or starting with /)'],
    [
      { kind: 'boom' },
      "kind: Invalid discriminator value. Expected 'status' | 'hang' | 'drop' | 'malformed' | 'truncate' | 'mutate' | 'replace'",
    ],
  ])('refuses %j, saying why', async (input, error) => {
    const reply = await queue(input);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ message: 'Invalid fault', errors: [error] });
  });
});
