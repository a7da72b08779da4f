import { describe, expect, it } from 'vitest';
import { currentPhoneFormat, phonesReady, plainPhone } from '@/lib/panel/phones-lazy';

describe('phone formatting off the panel’s critical path', () => {
  it('shows a number as sent, still dialable, until the metadata arrives', () => {
    expect(plainPhone('+1 (415) 555-0101')).toEqual({
      text: '+1 (415) 555-0101',
      href: 'tel:+14155550101',
      country: null,
    });
    expect(plainPhone('ext. 12').href).toBeNull();
  });

  it('formats for the country once loaded', async () => {
    await phonesReady;
    expect(currentPhoneFormat()('+14155550101')).toMatchObject({
      text: '+1 415 555 0101',
      href: 'tel:+14155550101',
      country: 'US',
    });
  });
});
