/**
 * Phone numbers as a rep dials them: formatted for their country (libphonenumber-js, with its
 * smallest metadata) and as a `tel:` link. A number it cannot read is shown as Lusha sent it.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** How a number is shown and dialled. */
export interface ShownPhone {
  /** `+1 415 555 0101`, or the number as sent when it cannot be read. */
  text: string;
  /** `tel:+14155550101`, or null when the number cannot be dialled from the text. */
  href: string | null;
  /** ISO country (`US`), when known. */
  country: string | null;
}

/** Formats `number` (ideally E.164) for display and dialling. */
export function showPhone(number: string, countryHint?: string): ShownPhone {
  const hint = countryHint && /^[A-Z]{2}$/i.test(countryHint) ? countryHint.toUpperCase() : undefined;
  const parsed = parsePhoneNumberFromString(number, hint as never);
  if (parsed?.isPossible()) {
    return { text: parsed.formatInternational(), href: parsed.getURI(), country: parsed.country ?? null };
  }
  const digits = number.replace(/[^\d+]/g, '');
  return { text: number, href: digits.length >= 5 ? `tel:${digits}` : null, country: null };
}
