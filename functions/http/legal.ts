/**
 * GET /api/privacy and /api/terms: the privacy statement and terms of use the Teams app manifest links to
 * (privacyUrl, termsOfUseUrl), in Danish and English. Anonymous and static; App Service authentication
 * leaves these paths alone (infra/app/api.bicep).
 */
import { app, type HttpResponseInit } from '@azure/functions';
import { endpoint } from './endpoint.js';

const PAGES = {
  privacy: {
    da: {
      title: 'Målbot – privatlivserklæring',
      paragraphs: [
        'Målbot drives af jobcentret i jeres egen Azure-abonnement. Data forlader ikke det abonnement, undtagen beskeder til Microsoft Teams.',
        'Målbot gemmer: de samtaler, botten er føjet til (Teams-id og navn på den, der tilføjede den), abonnementer på ugens målstatus, forslag med navnet på forslagsstiller og beslutningstager, nøgletal og en revisionslog over ændringer.',
        'Chatbeskeder gemmes ikke, kun det, de fører til (fx et forslag eller et abonnement), og CPR-numre afvises overalt. Personlige oplysninger slettes, når jobcentret sletter dem i Målbot eller nedlægger installationen.',
        'Spørgsmål om behandlingen rettes til jobcentrets databeskyttelsesrådgiver.',
      ],
    },
    en: {
      title: 'Målbot – privacy statement',
      paragraphs: [
        "Målbot is run by the job centre in its own Azure subscription. Data does not leave that subscription, except messages to Microsoft Teams.",
        'Målbot stores: the conversations the bot is added to (Teams id and name of whoever added it), weekly goal status subscriptions, proposals with the names of who submitted and who decided, figures and an audit log of changes.',
        'Chat messages are not stored, only what they lead to (such as a proposal or a subscription), and CPR numbers are refused everywhere. Personal data is deleted when the job centre deletes it in Målbot or removes the installation.',
        "Questions about the processing go to the job centre's data protection officer.",
      ],
    },
  },
  terms: {
    da: {
      title: 'Målbot – vilkår for brug',
      paragraphs: [
        'Målbot er et internt værktøj for jobcentrets medarbejdere og ledere til at følge mål, nøgletal og forslag.',
        'Tallene kommer fra jobcentrets egne kilder og Jobindsats; kontrollér vigtige tal i kilden, før de bruges til beslutninger.',
        'Brug ikke Målbot til oplysninger om enkelte borgere.',
      ],
    },
    en: {
      title: 'Målbot – terms of use',
      paragraphs: [
        "Målbot is an internal tool for the job centre's staff and managers to follow goals, figures and proposals.",
        "The figures come from the job centre's own sources and Jobindsats; check important figures at the source before basing decisions on them.",
        'Do not use Målbot for information about individual citizens.',
      ],
    },
  },
} as const;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function legalPage(page: keyof typeof PAGES): HttpResponseInit {
  const section = (lang: 'da' | 'en') => {
    const { title, paragraphs } = PAGES[page][lang];
    return `<section lang="${lang}"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</section>`;
  };
  const body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(PAGES[page].da.title)}</title></head><body>${section('da')}<hr>${section('en')}</body></html>`;
  return { status: 200, body, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600' } };
}

for (const page of ['privacy', 'terms'] as const) {
  app.http(page, endpoint({
    route: page,
    authLevel: 'anonymous',
    operations: {
      GET: { handler: async () => legalPage(page), action: 'public', summary: page === 'privacy' ? 'Privacy statement (Teams manifest privacyUrl)' : 'Terms of use (Teams manifest termsOfUseUrl)', responses: { 200: { description: 'HTML, Danish and English' } } },
    },
  }));
}
