/**
 * The admin API and page, and rep tokens: bad admin tokens and revoked or unknown rep tokens
 * get 401, a token is shown once and kept only as a hash (nowhere on disk in clear).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('admin authentication', () => {
  it.each([
    ['no header', undefined],
    ['a wrong token', 'Bearer wrong-token'],
    ['the right token without Bearer', 'test-admin-token-0123456789'],
    ['a prefix of the right token', 'Bearer test-admin-token'],
  ])('refuses %s with 401', async (_case, authorization) => {
    const response = await fetch(`${stack.gateway.url}/admin/reps`, {
      headers: authorization ? { authorization } : {},
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ statusCode: 401, message: 'Invalid admin token' });
  });

  it('serves the admin page without a token, with a strict CSP and no secrets', async () => {
    const response = await fetch(`${stack.gateway.url}/admin`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<script src="/admin/app.js"');
    expect(html).not.toContain('test-admin-token');
    const script = await fetch(`${stack.gateway.url}/admin/app.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).not.toMatch(/innerHTML/);
  });
});

describe('reps', () => {
  it('creates a rep: 201 with the token once; the list has budgets and spend, no token', async () => {
    const created = await stack.admin('POST', '/admin/reps', {
      name: 'Ada',
      dailyCredits: 50,
      monthlyCredits: 500,
    });
    expect(created.status).toBe(201);
    const rep = (await created.json()) as { id: string; name: string; token: string };
    expect(rep).toMatchObject({ name: 'Ada', dailyCredits: 50, monthlyCredits: 500 });
    expect(rep.token).toMatch(/^plr_[A-Za-z0-9_-]{43}$/);
    const list = await stack.admin('GET', '/admin/reps');
    const text = await list.text();
    expect(text).not.toContain(rep.token);
    const { reps } = JSON.parse(text) as { reps: Record<string, unknown>[] };
    expect(reps.find((r) => r.id === rep.id)).toMatchObject({
      name: 'Ada',
      dailyCredits: 50,
      monthlyCredits: 500,
      spentToday: 0,
      spentThisMonth: 0,
      revokedAt: null,
    });
    // On disk (D1 and the Durable Object) the token exists only as its SHA-256.
    const disk = filesUnder(stack.gateway.persistDir)
      .map((f) => readFileSync(f).toString('latin1'))
      .join('\n');
    expect(disk).not.toContain(rep.token);
    expect(disk).toContain(createHash('sha256').update(rep.token).digest('hex'));
  });

  it('refuses bad rep input with 400', async () => {
    for (const body of [
      {},
      { name: '' },
      { name: 'x'.repeat(101) },
      { name: 'A', dailyCredits: -1 },
      { name: 'A', monthlyCredits: 1.5 },
    ]) {
      expect((await stack.admin('POST', '/admin/reps', body)).status).toBe(400);
    }
  });

  it('changes budgets with PATCH (null removes a limit) and 404s an unknown rep', async () => {
    const rep = await stack.newRep('Ben', { dailyCredits: 5 });
    const patched = await stack.admin('PATCH', `/admin/reps/${rep.id}`, {
      dailyCredits: null,
      monthlyCredits: 70,
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      id: rep.id,
      dailyCredits: null,
      monthlyCredits: 70,
    });
    expect((await stack.admin('PATCH', '/admin/reps/rep_nope', { dailyCredits: 1 })).status).toBe(
      404,
    );
  });

  it('a revoked token gets 401 at once; unknown tokens and the team key itself get 401', async () => {
    const rep = await stack.newRep('Cleo');
    expect((await rep.call('GET', '/v3/account/usage')).status).toBe(200);
    const revoked = await stack.admin('DELETE', `/admin/reps/${rep.id}`);
    expect(await revoked.json()).toEqual({ id: rep.id, revoked: true });
    const after = await rep.call('GET', '/v3/account/usage');
    expect(after.status).toBe(401);
    expect(((await after.json()) as { message: string }).message).toMatch(/revoked/);
    for (const key of ['plr_not-a-token', 'sandbox-key', '']) {
      const response = await fetch(`${stack.gateway.url}/v3/contacts/search`, {
        method: 'POST',
        headers: key ? { api_key: key } : {},
        body: JSON.stringify({ contacts: [{ email: 'a@b.example' }] }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ statusCode: 401, message: 'Invalid API key' });
    }
    expect(stack.seen.filter((c) => c.path === '/v3/contacts/search')).toHaveLength(0);
  });
});

describe('audit', () => {
  it('lists calls newest first with rep, path, identifiers, credits and time; limit applies', async () => {
    const rep = await stack.newRep('Dana');
    await rep.post('/v3/contacts/search', {
      contacts: [
        { clientReferenceId: '1', linkedinUrl: 'https://www.linkedin.com/in/maya-lindqvist' },
        { clientReferenceId: '2', email: 'nobody@nowhere.example' },
      ],
    });
    await rep.call('GET', '/v3/account/usage');
    const response = await stack.admin('GET', '/admin/audit?limit=2');
    const { entries } = (await response.json()) as { entries: Record<string, unknown>[] };
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      repId: rep.id,
      repName: 'Dana',
      method: 'GET',
      path: '/v3/account/usage',
      credits: 0,
    });
    expect(entries[1]).toMatchObject({
      repId: rep.id,
      path: '/v3/contacts/search',
      identifiers: 2,
      credits: 1,
      status: 200,
      outcome: 'ok',
    });
    expect(Date.parse(entries[1]!.at as string)).toBeGreaterThan(Date.now() - 60_000);
    expect((await stack.admin('GET', '/admin/audit?limit=0')).status).toBe(400);
  });
});
