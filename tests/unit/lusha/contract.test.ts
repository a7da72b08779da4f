import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { operations, type OperationId } from '@/lib/lusha/operations';
import { specAvailable, specOperation } from '../../support/spec';

const ids = Object.keys(operations) as OperationId[];

function issues(schema: z.ZodMiniType, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success
    ? ''
    : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

describe('the operation table', () => {
  it('covers the 33 operations in scope', () => {
    expect(ids).toHaveLength(33);
  });
});

describe.runIf(specAvailable())('schemas against the spec', () => {
  it.each(ids)('%s has the spec method and path', (id) => {
    const spec = specOperation(id);
    expect(`${operations[id].method} ${operations[id].path}`).toBe(`${spec.method} ${spec.path}`);
    expect(Boolean(operations[id].request)).toBe(Boolean(spec.requestSchemaRef));
  });

  it('finds 2xx response examples for most operations', () => {
    const withExamples = ids.filter((id) =>
      specOperation(id).responses.some((r) => r.status.startsWith('2') && r.examples.length),
    );
    expect(withExamples.length).toBeGreaterThanOrEqual(24);
  });

  it.each(ids)('%s parses every 2xx response example', (id) => {
    const examples = specOperation(id)
      .responses.filter((r) => r.status.startsWith('2'))
      .flatMap((r) => r.examples);
    const failures = examples
      .map((ex) => [ex.name, issues(operations[id].response, ex.value)])
      .filter(([, problem]) => problem);
    expect(failures).toEqual([]);
  });

  it.each(ids.filter((id) => operations[id].request))('%s parses every request example', (id) => {
    const schema = operations[id].request as z.ZodMiniType;
    const failures = specOperation(id)
      .requestExamples.map((ex) => [ex.name, issues(schema, ex.value)])
      .filter(([, problem]) => problem);
    expect(failures).toEqual([]);
  });

  it('rejects responses whose relied-on fields have the wrong type', () => {
    const bad: [OperationId, unknown][] = [
      ['searchContacts', { results: [{ id: 5 }] }],
      ['searchContacts', { results: [{ canReveal: [{ field: 'emails', credits: '1' }] }] }],
      ['enrichContacts', { results: [{ emails: [{ email: 42 }] }] }],
      ['searchCompanies', { results: 'none' }],
      ['getSubscriptionById', { id: 'x' }],
      ['getContactLookalikes', { results: [], meta: { returned: 0 } }],
      ['getAccountSecret', {}],
      ['enrichContacts', { billing: { creditsCharged: 'lots' } }],
    ];
    for (const [id, value] of bad) expect(issues(operations[id].response, value), id).not.toBe('');
  });

  it('accepts what the spec examples show beyond the declared schema', () => {
    const companies = operations.searchCompanies.response;
    expect(
      issues(companies, { results: [{ canReveal: [{ field: 'competitors', credits: 2 }] }] }),
    ).toBe('');
    expect(
      issues(operations.prospectingContacts.response, { tableWrite: { columnsCreated: [] } }),
    ).toBe('');
    expect(
      issues(operations.listSubscriptions.response, {
        data: [],
        pagination: { total: 0, hasMore: false },
      }),
    ).toBe('');
    expect(
      issues(operations.enrichContacts.response, { results: [{ id: 'v1.abc', extra: 1 }] }),
    ).toBe('');
  });
});
