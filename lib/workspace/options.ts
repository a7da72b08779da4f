/**
 * Filter values as pickable options. Lusha says only "shape depends on filter type", so each
 * value is read by the shape its field needs and anything else is dropped, never sent: a
 * string, an object with an id or code and a name, a location, or a numeric range.
 */
import type { FilterOption, ValueShape } from './filter-fields';

/** Options a list keeps at most (a type-ahead shows a handful; catalogues run to hundreds). */
export const MAX_OPTIONS = 500;

const LOCATION_KEYS = [
  'city',
  'state',
  'region',
  'country',
  'countryIso2',
  'continent',
  'countryGrouping',
] as const;

type Raw = Record<string, unknown>;
const text = (v: unknown) =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined;
const int = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0
    ? v
    : typeof v === 'string' && /^\d{1,12}$/.test(v)
      ? Number(v)
      : undefined;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const nameOf = (o: Raw) => text(o.name) ?? text(o.value) ?? text(o.label) ?? text(o.title);

function compact(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)}K`;
  return String(n);
}

function rangeOption(raw: unknown, money: boolean): FilterOption | null {
  if (!isObject(raw)) return null;
  const min = int(raw.min);
  const max = int(raw.max);
  if (min === undefined && max === undefined) return null;
  const unit = (n: number) => (money ? `$${compact(n)}` : n.toLocaleString('en-US'));
  const label =
    max === undefined ? `${unit(min!)}+` : `${min === undefined ? '0' : unit(min)}–${unit(max)}`;
  return {
    label: nameOf(raw) ?? label,
    value: { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) },
  };
}

function locationOption(raw: unknown): FilterOption | null {
  if (!isObject(raw)) return null;
  const value: Record<string, string> = {};
  for (const key of LOCATION_KEYS) {
    const v = text(raw[key]);
    if (v) value[key] = v;
  }
  const parts = [value.city, value.state ?? value.region, value.country ?? value.continent];
  const label = parts.filter(Boolean).join(', ') || value.countryGrouping;
  return label ? { label, value } : null;
}

/** Reads one raw value for a field of `shape`; null when it cannot be sent as that shape. */
export function toOption(raw: unknown, shape: ValueShape, money = false): FilterOption | null {
  switch (shape) {
    case 'range':
      return rangeOption(raw, money);
    case 'location':
      return locationOption(raw);
    case 'id': {
      const id = isObject(raw) ? int(raw.id) : int(raw);
      const label = isObject(raw) ? nameOf(raw) : undefined;
      return id === undefined ? null : { label: label ?? String(id), value: id };
    }
    case 'code': {
      if (typeof raw === 'string') return text(raw) ? { label: raw, value: raw.trim() } : null;
      if (!isObject(raw)) return null;
      const code = text(raw.code) ?? text(raw.iso2) ?? text(raw.countryIso2) ?? text(raw.id);
      return code ? { label: nameOf(raw) ?? code, value: code } : null;
    }
    default: {
      if (typeof raw === 'number') return { label: String(raw), value: String(raw) };
      const value = isObject(raw) ? nameOf(raw) : text(raw);
      return value ? { label: value, value } : null;
    }
  }
}

/** The options of a values answer: read by shape, duplicates dropped, at most MAX_OPTIONS. */
export function toOptions(values: unknown, shape: ValueShape, money = false): FilterOption[] {
  const list = Array.isArray(values) ? values : [];
  const seen = new Set<string>();
  const options: FilterOption[] = [];
  for (const raw of list) {
    const option = toOption(raw, shape, money);
    if (!option) continue;
    const key = JSON.stringify(option.value);
    if (seen.has(key)) continue;
    seen.add(key);
    options.push(option);
    if (options.length >= MAX_OPTIONS) break;
  }
  return options;
}

/** A signal type in words: `headcountIncrease3m` → `Headcount increase 3m`. */
export function signalLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
