/**
 * `status <words>` names goals by the words of their titles and KPI names, Danish compounds included: a word a
 * compound ends in ("modtagere" of "uddannelseshjælpsmodtagere") and a compound written with a shared ending
 * ("kontant- og uddannelseshjælpsmodtagere" holds "kontanthjælpsmodtagere") name the goal; other words do not.
 */
import { describe, expect, it } from 'vitest';
import { readStatusScope, type ScopeCatalogue } from '../../functions/digest/status-scope.js';

const catalogue: ScopeCatalogue = {
  organisations: [{ id: 'a-by', name: 'A-by Kommune' }],
  cases: [],
  goals: [
    { id: 'recipients', orgId: 'a-by', words: 'Højst 900 kontant- og uddannelseshjælpsmodtagere ved årets udgang' },
    { id: 'caseload', orgId: 'a-by', words: 'Færre sager pr. sagsbehandler' },
  ],
};
const goals = (text: string) => {
  const r = readStatusScope(text, catalogue);
  return r.ok ? r.scope.goalIds : `unread: ${r.unread}`;
};

describe('goal words in Danish compounds', () => {
  it('a compound written with a shared ending names each of its compounds', () => {
    expect(goals('kontanthjælpsmodtagere')).toEqual(['recipients']);
    expect(goals('uddannelseshjælpsmodtagere')).toEqual(['recipients']);
  });
  it('a word a compound ends in names it', () => {
    expect(goals('modtagere')).toEqual(['recipients']);
  });
  it('a word no goal holds is quoted back, and a short ending is no word of its own', () => {
    expect(goals('sygedagpengemodtagere')).toBe('unread: sygedagpengemodtagere');
    expect(goals('gere')).toBe('unread: gere');
  });
});
