import type { Lang } from '../config/editions';
import { RECOMMENDATION_KINDS, type Recommendation } from '../content/schema';
import { translator, type Translate } from '../i18n/translate';
import { html } from '../templates/html';
import type { TemplateContext } from '../types/eleventy';

interface RecommendationsData {
  lang: Lang;
  recommendations: Recommendation[];
}

/** Recommendations from `_data/recommendations.yaml`, grouped by kind. */
export const recommendationsTemplate = {
  data: {
    layout: 'base.11ty.ts',
    pageKey: 'recommendations',
    pageHead: (_data: RecommendationsData, t: Translate) => ({ title: t('recommendations.title'), description: t('recommendations.description') }),
  },
  render(this: TemplateContext, data: RecommendationsData): string {
    const t = translator(this, data.lang);
    const groups = RECOMMENDATION_KINDS.map((kind) => [kind, data.recommendations.filter((r) => r.kind === kind)] as const).filter(([, list]) => list.length);
    return html`<section class="recommendations">
<h1>${t('recommendations.title')}</h1>
<p class="lead">${t('recommendations.description')}</p>
${groups.map(
  ([kind, list]) => html`<h2>${t(`recommendations.kind.${kind}`)}</h2>
<ul class="cards">${list.map((r) => html`<li><article class="card"><h3><a href="${r.url}" rel="noopener noreferrer" lang="${r.lang ?? 'en'}">${r.title}</a></h3><p>${r.note[data.lang]}</p></article></li>`)}</ul>`,
)}
</section>`.value;
  },
};
