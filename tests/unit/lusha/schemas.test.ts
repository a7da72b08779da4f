/**
 * What the Lusha schemas accept, refuse and give back, where zod's two APIs (classic methods,
 * zod/mini functions) could tell apart: absent and undefined keys, unknown fields kept, nullish,
 * integers and ranges with their messages, extended objects, discriminated unions, formats.
 */
import { describe, expect, it } from 'vitest';
import { readTolerantly } from '@/lib/lusha';
import * as s from '@/lib/lusha/schemas';

const issues = (r: { success: boolean; error?: { issues: unknown[] } }) => r.error?.issues;

describe('Lusha schemas', () => {
  it('leaves absent optional keys absent and keeps an explicit undefined', () => {
    const request = s.SearchContactsRequest.parse({ contacts: [{ id: '1' }] });
    expect(request).toStrictEqual({ contacts: [{ id: '1' }] });
    const preview = s.ContactPreview.parse({ id: '1', firstName: undefined });
    expect(Object.keys(preview)).toEqual(['id', 'firstName']);
  });

  it('keeps unknown fields, nested and in extended objects (known keys first)', () => {
    const body = {
      zeta: 1,
      id: '1',
      company: { name: 'Acme', industry: 'Software', hq: 'Berlin' },
      location: { city: 'Berlin', geo: [1, 2] },
      clientReferenceId: 'r1',
    };
    const parsed = s.SearchAndEnrichContactResult.parse(body);
    expect(parsed).toStrictEqual(body);
    expect(Object.keys(parsed)).toEqual(['id', 'location', 'company', 'clientReferenceId', 'zeta']);
  });

  it('reads nullish fields as null or absent, and refuses other types there', () => {
    expect(s.ContactEmail.parse({ email: 'a@b.co', confidence: null })).toStrictEqual({
      email: 'a@b.co',
      confidence: null,
    });
    expect(s.ContactEmail.safeParse({ email: 'a@b.co', confidence: 3 }).success).toBe(false);
    const links = s.EnrichedCompany.parse({ socialLinks: { linkedin: 'x', facebook: null } });
    expect(links.socialLinks).toStrictEqual({ linkedin: 'x', facebook: null });
  });

  it('checks integers and ranges with zod messages', () => {
    expect(s.PaginationRequest.parse({ page: 1000, size: 100 })).toStrictEqual({
      page: 1000,
      size: 100,
    });
    expect(issues(s.PaginationRequest.safeParse({ page: 1.5, size: '12' }))).toEqual([
      expect.objectContaining({
        path: ['page'],
        expected: 'int',
        message: 'Invalid input: expected int, received number',
      }),
      expect.objectContaining({
        path: ['size'],
        expected: 'number',
        message: 'Invalid input: expected number, received string',
      }),
    ]);
    expect(issues(s.PaginationRequest.safeParse({ page: 1001, size: 9 }))).toEqual([
      expect.objectContaining({ path: ['page'], message: 'Too big: expected number to be <=1000' }),
      expect.objectContaining({ path: ['size'], message: 'Too small: expected number to be >=10' }),
    ]);
    const tooMany = s.EnrichContactsRequest.safeParse({ ids: Array(101).fill('1') });
    expect(issues(tooMany)).toEqual([
      expect.objectContaining({ message: 'Too big: expected array to have <=100 items' }),
    ]);
  });

  it('reads text in an integer field as a number when tolerant, and drops a fraction', () => {
    const read = readTolerantly(s.ProspectingContactsResponse, {
      results: [],
      pagination: { total: '12', page: 1.5 },
    });
    expect(read.data).toStrictEqual({ results: [], pagination: { total: 12 } });
    expect(read.repairs).toEqual([
      'pagination.page: dropped',
      'pagination.total: read text as a number',
    ]);
  });

  it('tells batch results apart by `success`', () => {
    const answer = (results: unknown[]) => ({ total: 1, successful: 0, failed: 1, results });
    const failed = { index: 0, success: false, error: { code: 'NOT_FOUND', message: 'gone' } };
    expect(s.DeleteSubscriptionsResponse.parse(answer([failed])).results).toStrictEqual([failed]);
    const done = { index: 0, success: true, subscription: { id: 's1' } };
    expect(s.DeleteSubscriptionsResponse.parse(answer([done])).results).toStrictEqual([done]);
    const odd = s.DeleteSubscriptionsResponse.safeParse(
      answer([
        { index: 0, success: 'yes' },
        { ...failed, error: { code: 'NEW', message: '' } },
      ]),
    );
    expect(issues(odd)).toEqual([
      expect.objectContaining({
        path: ['results', 0, 'success'],
        code: 'invalid_union',
        message: "Invalid discriminator value. Expected 'true' | 'false'",
      }),
      expect.objectContaining({ path: ['results', 1, 'error', 'code'], code: 'invalid_value' }),
    ]);
  });

  it('checks e-mail, URL and date formats where requests carry them', () => {
    expect(s.ContactSearchItem.safeParse({ email: 'not an email' }).success).toBe(false);
    expect(
      issues(s.CreateSubscriptionRequest.safeParse({ defaults: { url: 'x' }, subscriptions: [] })),
    ).toEqual([
      expect.objectContaining({ path: ['defaults', 'url'], message: 'Invalid URL' }),
      expect.objectContaining({
        path: ['subscriptions'],
        message: 'Too small: expected array to have >=1 items',
      }),
    ]);
    expect(s.IsoDate.safeParse('2026-01-31').success).toBe(true);
    expect(s.IsoDate.safeParse('2026-1-31').success).toBe(false);
  });

  it('lists enum options', () => {
    expect(s.ContactRevealField.options).toEqual(['emails', 'phones']);
  });
});
