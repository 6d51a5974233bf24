import type UserConfig from '@11ty/eleventy/UserConfig';
import type { Environment } from '../config/environment';
import { contentKindOf } from './directory-data';

interface PublishData {
  draft?: boolean;
  date?: Date;
  page?: { date?: Date };
  kind?: string;
}

/** Whether an article is a draft or scheduled (dated after `now`). */
export function publicationState(data: PublishData, now: Date): { draft: boolean; scheduled: boolean } {
  const date = data.page?.date ?? data.date;
  return { draft: data.draft === true, scheduled: data.kind === 'article' && !!date && date.getTime() > now.getTime() };
}

/**
 * Drafts and scheduled articles: left out of every output of a production build (like the
 * official base blog, by a preprocessor), shown with a banner by the preview server.
 */
export function publishingPlugin(eleventyConfig: UserConfig, env: Environment): void {
  eleventyConfig.addPreprocessor('unpublished', 'md', (data: PublishData & { page: { inputPath: string } }) => {
    // `kind` is computed data, not yet there for a preprocessor: take it from the file's place.
    const state = publicationState({ ...data, kind: contentKindOf(data.page.inputPath)?.kind }, env.now);
    if (env.production && (state.draft || state.scheduled)) return false;
    return undefined;
  });
  eleventyConfig.addGlobalData('eleventyComputed', {
    preview: (data: PublishData) => {
      if (env.production) return undefined;
      const state = publicationState(data, env.now);
      return state.draft || state.scheduled ? state : undefined;
    },
  });
}
