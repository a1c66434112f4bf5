/** Partial dates compared by their precision: a month holds every day in it, a year every day in it. */
import {
  firstDay,
  holdsAt,
  holdsNow,
  isPartialDate,
  lastDay,
  withinRange,
} from '../../../src/model/time/partial-date';

describe('partial dates', () => {
  it('accepts YYYY, YYYY-MM and real days, and nothing else', () => {
    expect(['2024', '2024-02', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(
      ['2023-02-29', '2024-13', '2024-6', 'June 2024', '24', '2024-06-01T00:00'].some(isPartialDate),
    ).toBe(false);
  });

  it('spans from the first to the last day it covers, leap years included', () => {
    expect([firstDay('2025-03'), lastDay('2025-03')]).toEqual(['2025-03-01', '2025-03-31']);
    expect([firstDay('2024'), lastDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2024-07-28')).toBe('2024-07-28');
  });

  it('holds since the first day of its since, until the last day of its until', () => {
    expect(holdsAt({ since: '2025-03' }, '2025-03-18')).toBe(true);
    expect(holdsAt({ since: '2025-03' }, '2025-02-28')).toBe(false);
    expect(holdsAt({ until: '2024-12' }, '2024-12-31')).toBe(true);
    expect(holdsAt({ until: '2024-12' }, '2025-01-01')).toBe(false);
    expect(holdsAt({ since: '2021-02', until: '2024-12' }, '2024-06-01')).toBe(true);
  });

  it('holds at a partial date when the two spans share a day', () => {
    expect(holdsAt({ since: '2021-02', until: '2024-12' }, '2024')).toBe(true);
    expect(holdsAt({ since: '2025-03' }, '2025')).toBe(true);
    expect(holdsAt({ since: '2025-03' }, '2025-02')).toBe(false);
    expect(holdsAt({}, '1990')).toBe(true);
  });

  it('holds now when it has begun and has no end, or an end not yet past', () => {
    expect(holdsNow({ since: '2025-03' }, '2026-01-10')).toBe(true);
    expect(holdsNow({ since: '2021-02', until: '2024-12' }, '2026-01-10')).toBe(false);
    expect(holdsNow({ since: '2021', until: '2026' }, '2026-01-10')).toBe(true);
    expect(holdsNow({ since: '2027' }, '2026-01-10')).toBe(false);
  });

  it('bounds a day by from and to, each by its precision', () => {
    expect(withinRange('2024-07-28', '2024-07', '2024')).toBe(true);
    expect(withinRange('2024-07-28', '2024-08', null)).toBe(false);
    expect(withinRange('2024-07-28', null, '2024-07-27')).toBe(false);
  });
});
