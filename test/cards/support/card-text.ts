/**
 * The words a reader sees on a card: every TextBlock and TextRun, fact, button and tab title, input label,
 * placeholder, error message, choice and picture description — not the submit payloads or ids behind them.
 */
const SHOWN = ['text', 'title', 'label', 'placeholder', 'errorMessage', 'altText'];

export function shownTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key?: string) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (k === 'data' || k === 'refresh') continue;
      if (typeof v === 'string') {
        if (SHOWN.includes(k) || (key === 'facts' && k === 'value')) out.push(v);
      } else walk(v, k);
    }
  };
  walk(card);
  return out.filter((s) => s.trim());
}
