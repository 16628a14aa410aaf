/**
 * What the fake Jobindsats serves: the tables the real mapping names, with Viborg's seed figures for
 * September 2017 (so they come back unchanged), newer months, the cluster and the whole country.
 */
import type { FakeTable } from './fake-server.js';

const FT = 'Antal fuldtidspersoner';
const PCT = 'Fuldtidspersoner i pct. af befolkningen';
const RANK = 'Placering på benchmarkranglisten';

function months(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `2017M${String(from + i).padStart(2, '0')}`);
}

export function fixtureTables(): Record<string, FakeTable> {
  return {
    ptv_a02: {
      variables: ['Alder'],
      measures: [FT, PCT],
      periods: [...months(7, 11), '2017Q3'],
      values: {
        Viborg: {
          '2017M07': { [FT]: 1881, [PCT]: 14.4 },
          '2017M08': { [FT]: 1875, [PCT]: 14.3 },
          '2017M09': { [FT]: 1869, [PCT]: 14.2 },
          '2017M10': { [FT]: 1850, [PCT]: 14.0 },
          '2017M11': { [FT]: 1841, [PCT]: 13.9 },
        },
        'Viborgs klynge': { '2017M10': { [FT]: 2100, [PCT]: 15.1 }, '2017M11': { [FT]: 2090, [PCT]: 15.0 } },
        'Hele landet': { '2017M10': { [FT]: 95000, [PCT]: 12.2 }, '2017M11': { [FT]: 94500, [PCT]: '12,1' } },
      },
    },
    y38a02: {
      variables: [],
      measures: [FT, 'Antal personer'],
      periods: months(7, 11),
      values: { Viborg: { '2017M09': { [FT]: 634, 'Antal personer': 700 }, '2017M10': { [FT]: 640 }, '2017M11': { [FT]: 622 } } },
    },
    y01a02: {
      variables: ['Alder'],
      measures: [FT],
      periods: months(9, 11),
      // The seed has "ca. 350" for September 2017: Jobindsats' exact count corrects it.
      values: { Viborg: { '2017M09': { [FT]: 352 }, '2017M10': { [FT]: 345 }, '2017M11': { [FT]: '.' } } },
    },
    y30r21: {
      variables: ['Ydelsesgrupper'],
      measures: [RANK],
      periods: ['2015QMAT03', '2016QMAT02', '2016QMAT03', '2016QMAT06', '2016QMAT09', '2016M09'],
      values: { Viborg: { '2015QMAT03': { [RANK]: 10 }, '2016QMAT03': { [RANK]: 4 }, '2016QMAT06': { [RANK]: 5 }, '2016QMAT09': { [RANK]: 3 } } },
    },
  };
}
