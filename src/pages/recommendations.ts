import type { Lang } from '../config/editions';
import { RECOMMENDATION_KINDS, type Recommendation } from '../content/schema';
import { translator, type Translate } from '../i18n/translate';
import { profileLabel } from '../templates/author';
import { html } from '../templates/html';
import type { TemplateContext } from '../types/eleventy';

interface RecommendationsData {
  lang: Lang;
  recommendations: Recommendation[];
}

/** Recommendations from `_data/recommendations.yaml`, grouped by kind: a title, where it is, why. */
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
<header class="listing-header">
<h1>${t('recommendations.title')}</h1>
<p class="lead">${t('recommendations.description')}</p>
</header>
${groups.map(
  ([kind, list]) => html`<section class="recommendation-group" aria-labelledby="group-${kind}">
<h2 id="group-${kind}" class="section-title">${t(`recommendations.group.${kind}`)}</h2>
<ul class="recommendation-list">${list.map(
    (r) => html`<li><h3 class="recommendation-title"><a href="${r.url}" rel="noopener noreferrer" lang="${r.lang ?? 'en'}">${r.title}</a></h3> <span class="recommendation-host" translate="no">${profileLabel(r.url).split('/')[0]}</span><p>${r.note[data.lang]}</p></li>`,
  )}</ul>
</section>`,
)}
</section>`.value;
  },
};
