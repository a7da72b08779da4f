import { describe, expect, it } from 'vitest';
import { errorInDisguise, readTolerantly } from '@/lib/lusha';
import { EnrichContactsResponse, SearchContactsResponse } from '@/lib/lusha/schemas';

describe('reading billed answers tolerantly', () => {
  it.each([
    [
      'a number where text was expected',
      { results: [{ id: 4400000001, firstName: 7 }] },
      { results: [{ id: '4400000001', firstName: '7' }] },
    ],
    [
      'a null in the results list',
      { results: [null, { id: '1' }] },
      { results: [{ unreadable: true }, { id: '1' }] },
    ],
    [
      'an unknown email type and fractional credits',
      { results: [{ id: '1', emails: [{ email: 'a@b.co', type: 'personal' }] }], billing: { creditsCharged: 6.5 } },
      { results: [{ id: '1', emails: [{ email: 'a@b.co', type: 'personal' }] }], billing: { creditsCharged: 6.5 } },
    ],
    [
      'a phone that is not an object',
      { results: [{ id: '1', phones: ['+1 555', { number: '+1 556' }] }] },
      { results: [{ id: '1', phones: [{ number: '+1 556' }] }] },
    ],
    [
      'a broken nested block',
      { results: [{ id: '1', jobTitle: 'Head of Sales', location: { city: ['x'] } }] },
      { results: [{ id: '1', location: {} }] },
    ],
  ])('%s', (_what, body, expected) => {
    const { data } = readTolerantly(EnrichContactsResponse, body);
    expect(data).toMatchObject(expected);
  });

  it('says what it repaired, and leaves a valid answer untouched', () => {
    const valid = { results: [{ id: '1', canReveal: [{ field: 'emails', credits: 1 }] }] };
    expect(readTolerantly(SearchContactsResponse, valid)).toEqual({ data: valid, repairs: [] });
    const { repairs } = readTolerantly(SearchContactsResponse, { results: [{ id: 5 }] });
    expect(repairs).toEqual(['results.0.id: read number as text']);
  });

  it('gives up on an answer that is not an object at all', () => {
    expect(() => readTolerantly(SearchContactsResponse, 'hello')).toThrow();
  });
});

describe('errors in a 200 answer', () => {
  it.each([
    [{ statusCode: 500, message: 'Internal error' }, { statusCode: 500, message: 'Internal error' }],
    [{ statusCode: 402 }, { statusCode: 402, message: undefined }],
    [{ statusCode: 200, message: 'ok' }, null],
    [{ statusCode: 500, results: [] }, null],
    [{}, null],
    [[], null],
    ['text', null],
  ])('%j → %j', (body, expected) => {
    expect(errorInDisguise(body)).toEqual(expected);
  });
});
