import { describe, expect, it } from 'vitest';
import { eventsByEntity, mergeEvents, MAX_EVENTS, toEvent } from '@/lib/monitoring/events';
import { signalTypeLabel } from '@/lib/monitoring/signal-types';
import { ago, cardNote, eventLine } from '@/lib/monitoring/words';

const NOW = Date.parse('2026-12-02T10:00:00Z');

describe('signal answers as events', () => {
  it('reads the spec example, ignoring types not asked for and entity fields', () => {
    const events = eventsByEntity(
      [
        {
          id: '115889',
          companyChange: [
            {
              id: '115889',
              signalDate: '2025-02-01',
              previousCompany: 'ZoomInfo',
              newCompany: 'Lusha',
            },
          ],
          promotion: [],
          headcountIncrease3m: [{ signalDate: '2025-01-01' }],
        },
      ],
      ['companyChange', 'promotion'],
    );
    expect(events.get('115889')).toEqual([
      {
        id: expect.stringMatching(/^companyChange\|2025-02-01\|[0-9a-f]{8}$/),
        type: 'companyChange',
        date: '2025-02-01',
        details: { previousCompany: 'ZoomInfo', newCompany: 'Lusha' },
      },
    ]);
  });

  it('keeps odd answers readable: nulls, nested objects, bad dates, huge text, no id', () => {
    const events = eventsByEntity(
      [
        null,
        { companyChange: [{ signalDate: '2026-01-01' }] },
        {
          id: 7,
          companyChange: [
            null,
            'x',
            { signalDate: 'yesterday', newCompany: { name: '<b>x</b>' }, note: 'a'.repeat(999) },
          ],
        },
        { id: '8', error: { code: 'NOT_FOUND' }, companyChange: [{ signalDate: '2026-01-01' }] },
      ],
      ['companyChange'],
    );
    expect([...events.keys()]).toEqual(['7']);
    const [event] = events.get('7')!;
    expect(event).toMatchObject({ date: '', details: { note: 'a'.repeat(300) } });
    expect(event!.details).not.toHaveProperty('newCompany');
  });

  it('gives the same event the same id in any field order, and merges newest first', () => {
    const a = toEvent('promotion', { signalDate: '2026-03-01', newTitle: 'VP', companyName: 'Q' })!;
    const b = toEvent('promotion', { companyName: 'Q', newTitle: 'VP', signalDate: '2026-03-01' })!;
    expect(a.id).toBe(b.id);
    const older = toEvent('promotion', { signalDate: '2025-03-01', newTitle: 'Director' })!;
    expect(mergeEvents([older, a], [b]).map((e) => e.date)).toEqual(['2026-03-01', '2025-03-01']);
    const many = Array.from({ length: 80 }, (_, i) =>
      toEvent('riskNews', {
        signalDate: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
        n: i,
      })!,
    );
    expect(mergeEvents([], many)).toHaveLength(MAX_EVENTS);
  });

  it('reads LinkedIn activity posts by their publication date and summary', () => {
    const event = toEvent('linkedinActivityIntent', {
      activityPublicationDate: '2026-11-26',
      activitySummary: 'Discusses intent data.',
      author: { id: '1', fullName: 'Henrik Aalto' },
      intentTopics: [{ topic: 'Intent Data', category: 'Marketing' }],
    })!;
    expect(event.date).toBe('2026-11-26');
    expect(eventLine(event)).toBe('LinkedIn post by Henrik Aalto: Discusses intent data.');
  });
});

describe('signals in words', () => {
  it.each([
    ['2026-12-02', 'today'],
    ['2026-12-01', 'yesterday'],
    ['2026-11-27', '5 days ago'],
    ['2026-11-10', '3 weeks ago'],
    ['2026-10-01', '2 months ago'],
    ['2025-06-01', '1 year ago'],
    ['', 'date unknown'],
  ])('%s is %s', (date, words) => expect(ago(date, NOW)).toBe(words));

  it('says what happened in one line', () => {
    const line = (type: string, details: Record<string, string | number>) =>
      eventLine({ id: 'x', type, date: '2026-10-01', details });
    expect(line('companyChange', { previousCompany: 'Maple', newCompany: 'Driftwood' })).toBe(
      'Changed company: Maple → Driftwood',
    );
    expect(line('promotion', { newTitle: 'VP Sales', companyName: 'Quillfeather' })).toBe(
      'Promoted to VP Sales at Quillfeather',
    );
    expect(line('headcountIncrease3m', { changePercent: 12 })).toBe(
      'Headcount up over 3 months: +12%',
    );
    expect(
      line('surgeInHiringByLocation', { city: 'Berlin', country: 'Germany', openPositions: 9 }),
    ).toBe('Hiring surge in Berlin, Germany (9 open roles)');
    expect(line('riskNews', { articleTitle: 'Q: lawsuit' })).toBe('Risk news: Q: lawsuit');
    expect(cardNote({ id: 'x', type: 'companyChange', date: '2026-10-01', details: {} }, NOW)).toBe(
      'Changed company 2 months ago',
    );
    expect(
      cardNote(
        {
          id: 'x',
          type: 'headcountDecrease3m',
          date: '2026-09-01',
          details: { changePercent: -6 },
        },
        NOW,
      ),
    ).toBe('Headcount down over 3 months: -6% · 3 months ago');
    expect(signalTypeLabel('headcountDecrease1m')).toBe('Headcount down over 1 month');
  });
});
