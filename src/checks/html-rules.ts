import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlElement, HtmlValidate, Rule, StaticConfigLoader, type ConfigData, type DOMReadyEvent, type Plugin, type ResolvedConfig } from 'html-validate';

/** One thing wrong with a finished page: the output file and line. */
export interface PageProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

/** A URL a page refers to, kept until every page's ids are known. */
export interface Reference {
  readonly url: string;
  readonly line: number;
  readonly what: string;
}

/** What the page rule records about the page being validated. */
export interface PageFacts {
  readonly ids: Set<string>;
  readonly references: Reference[];
}

/** The page being validated: html-validate runs synchronously, so one slot is enough. */
let current: { facts: PageFacts; origin: string; pageUrl: string } | undefined;

/** Attributes whose URL the browser fetches by itself (a cross-origin one is a request elsewhere). */
const LOADING_ATTRIBUTES = ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'ping', 'manifest', 'xlink:href'];
/** `<link rel>` values that name a page rather than load something. */
const NON_LOADING_RELS = new Set(['canonical', 'alternate', 'me', 'author', 'license', 'next', 'prev']);

/**
 * The site's own rule, run by html-validate on the DOM it has already parsed (each page is
 * parsed once): one `<h1>`, a `<title>`, a description and a canonical URL; no inline script
 * (JSON-LD aside) and no inline event handler; nothing fetched from another origin; outbound
 * links with `rel="noopener noreferrer"`. It also records ids and internal URLs for the
 * cross-page checks that follow.
 */
class SitePageRule extends Rule {
  setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => this.check(event));
  }

  private check(event: DOMReadyEvent): void {
    if (!current) return;
    const { facts, origin, pageUrl } = current;
    const doc = event.document;
    // One walk of the tree: html-validate's querySelectorAll grows with the square of a
    // page's width (it concatenates arrays), which a 5 MB article makes slow.
    const elements: HtmlElement[] = [];
    const walk = (element: HtmlElement) => {
      for (const child of element.childElements) {
        elements.push(child);
        walk(child);
      }
    };
    walk(doc.root);
    const h1 = elements.filter((e) => e.tagName === 'h1');
    if (h1.length !== 1) this.report(h1[1] ?? doc.root, `page has ${h1.length} <h1> elements (exactly one expected)`);
    const title = elements.find((e) => e.tagName === 'title' && e.parent?.tagName === 'head');
    if (!title || !title.textContent.trim()) this.report(title ?? doc.root, 'page has no <title> text');
    const description = elements.find((e) => e.tagName === 'meta' && e.getAttributeValue('name') === 'description');
    if (!description || !String(description.getAttributeValue('content') ?? '').trim()) this.report(description ?? doc.root, 'page has no <meta name="description">');
    const canonical = elements.find((e) => e.tagName === 'link' && relsOf(e).includes('canonical'));
    const canonicalHref = canonical?.getAttributeValue('href') ?? '';
    if (!canonical || !canonicalHref.startsWith(`${origin}/`)) this.report(canonical ?? doc.root, `page has no canonical URL on ${origin}`);

    for (const element of elements) {
      const tag = element.tagName;
      if (element.id) facts.ids.add(element.id);
      if (tag === 'script' && !element.hasAttribute('src') && element.getAttributeValue('type') !== 'application/ld+json') {
        this.report(element, 'inline <script> (the CSP refuses it: load a file from /assets/)');
      }
      if (tag === 'iframe' || tag === 'frame' || tag === 'embed' || tag === 'object') this.report(element, `<${tag}> is not allowed`);
      for (const attribute of element.attributes) {
        const name = attribute.key.toLowerCase();
        const value = typeof attribute.value === 'string' ? attribute.value : '';
        if (name.startsWith('on')) this.report(element, `inline event handler ${name}= (the CSP refuses it)`, attribute.keyLocation);
        const loads = LOADING_ATTRIBUTES.includes(name) || (tag === 'link' && name === 'href' && !relsOf(element).every((rel) => NON_LOADING_RELS.has(rel)));
        if (loads) {
          for (const url of name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value]) {
            if (isOtherOrigin(url, origin, pageUrl)) this.report(element, `<${tag} ${name}="${url}"> loads from another origin`, attribute.valueLocation);
            else if (url) facts.references.push({ url, line: element.location.line, what: `<${tag} ${name}>` });
          }
        }
      }
      if (tag === 'a' && element.hasAttribute('href')) {
        const href = element.getAttributeValue('href') ?? '';
        if (isOtherOrigin(href, origin, pageUrl)) {
          const rels = relsOf(element);
          if (!rels.includes('noopener') || !rels.includes('noreferrer')) this.report(element, `outbound link to ${href} needs rel="noopener noreferrer"`);
        } else if (href) {
          facts.references.push({ url: href, line: element.location.line, what: '<a href>' });
        }
      }
      if (tag === 'link' && element.hasAttribute('href') && relsOf(element).every((rel) => NON_LOADING_RELS.has(rel))) {
        const href = element.getAttributeValue('href') ?? '';
        if (!isOtherOrigin(href, origin, pageUrl)) facts.references.push({ url: href, line: element.location.line, what: `<link rel="${relsOf(element).join(' ')}">` });
      }
    }
  }
}

function relsOf(element: HtmlElement): string[] {
  return String(element.getAttributeValue('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether a URL written in a page at `pageUrl` points to an origin other than the site's. */
export function isOtherOrigin(url: string, origin: string, pageUrl: string): boolean {
  if (!url || url.startsWith('data:') || url.startsWith('blob:')) return false;
  try {
    const resolved = new URL(url, origin + pageUrl);
    if (resolved.protocol === 'mailto:' || resolved.protocol === 'tel:') return false;
    return resolved.origin !== origin;
  } catch {
    return false;
  }
}

const PLUGIN: Plugin = { name: 'dmspot', rules: { 'dmspot/site-page': SitePageRule as unknown as NonNullable<Plugin['rules']>[string] } };

/**
 * html-validate's recommended rules, with these changes:
 * - `doctype-style` off: it wants `<!DOCTYPE html>` in capitals; `<!doctype html>` is equally
 *   valid HTML and is what the templates write.
 * - `no-trailing-whitespace` off: source formatting, invisible to readers.
 * - `long-title` off: a title is the article's title plus the site's name; length is the
 *   author's editorial choice, not an error.
 * - `no-redundant-role` off: `role="search"` on the search `<form>` is redundant only in the
 *   newest browsers; older screen readers still need it.
 * - `unique-landmark` off: its cost grows with the square of a page's size (3 s of the 6.5 s
 *   html-validate spends on a 5 MB article), and landmarks come only from the page shell, which
 *   the axe browser tests check on every kind of page.
 * - `aria-label-misuse` allows any element whose role may be named (ARIA 1.2), such as the
 *   labelled lists of tags and scripts; it still refuses a label on a `<div>` or `<span>`.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  plugins: [PLUGIN],
  rules: {
    'dmspot/site-page': 'error',
    'doctype-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    'no-redundant-role': 'off',
    'unique-landmark': 'off',
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};

/**
 * Every page gets the same configuration, but html-validate resolves it again (element
 * metadata, rule presets) on each call: about half its time per page. Resolving once halves
 * the cost of the whole check.
 */
class ResolvedOnceLoader extends StaticConfigLoader {
  private resolved?: ResolvedConfig;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig {
    this.resolved ??= super.getConfigFor(handle, override) as ResolvedConfig;
    return this.resolved;
  }
}

/** `/sr/clanci/x/index.html` ↔ `/sr/clanci/x/`. */
export function urlOfFile(rel: string): string {
  const url = `/${rel}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The result of validating some pages. */
export interface PageValidationResult {
  readonly problems: PageProblem[];
  readonly facts: [url: string, ids: string[], references: Reference[]][];
}

/**
 * Validates the given HTML files of an output folder (html-validate plus the site's rule), each
 * parsed once, and returns the problems and what each page holds (ids, internal references).
 */
export function validatePageFiles(outDir: string, rels: readonly string[], origin: string): PageValidationResult {
  const full = new HtmlValidate(new ResolvedOnceLoader(HTML_VALIDATE_CONFIG));
  const problems: PageProblem[] = [];
  const facts: PageValidationResult['facts'] = [];
  for (const rel of rels) {
    const pageFacts: PageFacts = { ids: new Set(), references: [] };
    current = { facts: pageFacts, origin, pageUrl: urlOfFile(rel) };
    try {
      const report = full.validateStringSync(readFileSync(path.join(outDir, rel), 'utf8'), rel);
      for (const result of report.results) {
        for (const message of result.messages) problems.push({ file: rel, line: message.line, message: `${message.message} (${message.ruleId})` });
      }
    } finally {
      current = undefined;
    }
    facts.push([urlOfFile(rel), [...pageFacts.ids], pageFacts.references]);
  }
  return { problems, facts };
}
