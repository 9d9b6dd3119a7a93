// Small formatters shared by the screens and the plain-text renderer.
import { type EntityKind, formatTimeValue, type TimeGranularity } from '@dispatch/core';

export const KIND_LABEL: Record<EntityKind, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  LOC: 'place',
};

export const KIND_PLURAL: Record<EntityKind, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
};

/** "1 mention", "3 mentions". */
export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n} ${n === 1 ? noun : plural}`;

/** A resolved time value at its own precision, as the website says it; "undated" for a vague one. */
export const formatPeriod = (value: string | null, granularity: TimeGranularity | null): string =>
  value ? formatTimeValue(value, granularity) : 'undated';
