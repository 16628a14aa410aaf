/**
 * Unit text both ways: every unit an export writes (money at each scale) reads back as the same unit
 * and scale, and the ways people write units in a file — any case, extra spaces — read as the unit.
 */
import { describe, expect, it } from 'vitest';
import { UnitSchema } from '../../functions/domain/model.js';
import { parseUnit, unitText } from '../../functions/import/units.js';

describe('units', () => {
  it('reads back every unit the export writes, money at each scale', () => {
    for (const unit of UnitSchema.options.filter((u) => u !== 'dkk')) {
      expect(unitText(unit, 1)).toBe(unit);
      expect(parseUnit(unitText(unit, 1))).toEqual({ unit });
    }
    expect([1, 1000, 1_000_000].map((scale) => unitText('dkk', scale))).toEqual(['kr.', '1.000 kr.', 'mio. kr.']);
    for (const scale of [1, 1000, 1_000_000]) expect(parseUnit(unitText('dkk', scale))).toEqual({ unit: 'dkk', scale });
  });

  it('reads units as people write them, in any case and spacing', () => {
    expect(parseUnit('  Fuldtidspersoner ')).toEqual({ unit: 'full-time-persons' });
    expect(parseUnit('Sager  pr.   sagsbehandler')).toEqual({ unit: 'cases-per-caseworker' });
    expect(parseUnit('KR')).toEqual({ unit: 'dkk', scale: 1 });
    expect(parseUnit('1.000  kr.')).toEqual({ unit: 'dkk', scale: 1000 });
    expect(parseUnit('Mio. DKK')).toEqual({ unit: 'dkk', scale: 1_000_000 });
    expect(parseUnit('tkr.')).toEqual({ unit: 'dkk', scale: 1000 });
  });

  it('knows no unit it was not taught', () => {
    for (const text of ['', 'stk.', 'mia. kr.', 'kroner i alt']) expect(parseUnit(text), text).toBeUndefined();
  });
});
