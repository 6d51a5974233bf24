import type UserConfig from '@11ty/eleventy/UserConfig';
import type { Lang } from '../config/editions';
import { articleUrl, homeUrl, libraryItemUrl, sectionUrl } from '../config/routes';
import type { EleventyPage } from '../types/eleventy';

interface RoutedData {
  lang?: Lang;
  kind?: string;
  page: EleventyPage;
  permalink?: unknown;
}

/** What sort of page a Markdown file is, from where it sits: `content/<lang>/<folder>/<slug>.md`. */
export function contentKindOf(inputPath: string): { lang: Lang; kind: 'article' | 'library-item' | 'home' | 'author' } | undefined {
  const match = /(?:^|\/)content\/(sr|en)\/(?:(articles|library)\/)?([a-z0-9-]+)\.md$/.exec(inputPath.replace(/\\/g, '/'));
  if (!match) return undefined;
  const lang = match[1] as Lang;
  if (match[2] === 'articles') return { lang, kind: 'article' };
  if (match[2] === 'library') return { lang, kind: 'library-item' };
  if (match[3] === 'index') return { lang, kind: 'home' };
  if (match[3] === 'author') return { lang, kind: 'author' };
  return undefined;
}

/** The public URL of a content file (issue #2's table), from its language, folder and slug. */
export function contentUrl(lang: Lang, kind: 'article' | 'library-item' | 'home' | 'author', slug: string): string {
  switch (kind) {
    case 'article':
      return articleUrl(lang, slug);
    case 'library-item':
      return libraryItemUrl(lang, slug);
    case 'author':
      return sectionUrl('author', lang);
    case 'home':
      return homeUrl(lang);
  }
}

/**
 * Routing of content by convention, so `content/` holds prose only and front matter holds only
 * what the author decides: language, kind, URL and page key come from the file's place, and
 * every content file gets the `content` layout (generated pages set their own layout and URL).
 */
export function contentRoutingPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData('layout', 'content.11ty.ts');
  eleventyConfig.addGlobalData('eleventyComputed', {
    lang: (data: RoutedData) => contentKindOf(data.page.inputPath)?.lang ?? data.lang,
    kind: (data: RoutedData) => contentKindOf(data.page.inputPath)?.kind ?? data.kind,
    pageKey: (data: RoutedData & { pageKey?: string }) => {
      const routed = contentKindOf(data.page.inputPath);
      return routed && (routed.kind === 'home' || routed.kind === 'author') ? routed.kind : data.pageKey;
    },
    permalink: (data: RoutedData) => {
      const routed = contentKindOf(data.page.inputPath);
      return routed ? contentUrl(routed.lang, routed.kind, data.page.fileSlug) : data.permalink;
    },
  });
}
