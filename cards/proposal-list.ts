/** "Mine forslag" and "Forslag til behandling": one page of proposals, each with a button to open it, and paging. */
import template from './proposal-list.template.json' with { type: 'json' };
import { expandTemplate, type AdaptiveCard, type Button, type Lang } from './card.js';
import { KIND_NAMES, proposalWhen, STATUS_NAMES } from './proposal-wording.js';
import type { ProposalCardData } from './proposal-view.js';

export interface ProposalListView {
  lang: Lang;
  list: 'mine' | 'pending';
  items: { proposal: ProposalCardData; open: Button }[];
  total: number;
  /** Zero-based. */
  page: number;
  pages: number;
  previous?: Button;
  next?: Button;
}

const TEXT = {
  da: {
    heading: { mine: 'Mine forslag', pending: 'Forslag til behandling' },
    subheading: (total: number, page: number, pages: number) => `${total} forslag · side ${page + 1} af ${pages}`,
    empty: { mine: 'Du har ikke sendt nogen forslag endnu. Skriv "forslag" for at sende et.', pending: 'Der er ingen forslag, der venter på en beslutning.' },
    submitted: 'indsendt',
  },
  en: {
    heading: { mine: 'My proposals', pending: 'Pending proposals' },
    subheading: (total: number, page: number, pages: number) => `${total} proposal${total === 1 ? '' : 's'} · page ${page + 1} of ${pages}`,
    empty: { mine: 'You have not submitted any proposals yet. Type "idea" to send one.', pending: 'No proposals are waiting for a decision.' },
    submitted: 'submitted',
  },
} as const;

export function proposalListCard(view: ProposalListView): AdaptiveCard {
  const t = TEXT[view.lang];
  return expandTemplate(template, {
    heading: t.heading[view.list],
    subheading: t.subheading(view.total, view.page, view.pages),
    empty: t.empty[view.list],
    items: view.items.map(({ proposal: p, open }) => ({
      title: p.number ? `${p.number} · ${p.title}` : p.title,
      // "Indsendt 2016 · …", not "Indsendt · … · indsendt 2016".
      details: (p.status === 'submitted'
        ? [`${STATUS_NAMES[view.lang][p.status]} ${proposalWhen(p, view.lang)}`, KIND_NAMES[view.lang][p.kind], p.responsibleUnit]
        : [STATUS_NAMES[view.lang][p.status], KIND_NAMES[view.lang][p.kind], p.responsibleUnit, `${t.submitted} ${proposalWhen(p, view.lang)}`]
      ).join(' · '),
      open,
    })),
    paging: [view.previous, view.next].filter((b): b is Button => !!b),
  });
}
