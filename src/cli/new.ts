import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS } from '../config/editions';
import { sitePaths } from '../config/paths';
import { CATEGORIES, type Category } from '../config/routes';
import { ContentError } from '../content/front-matter';
import { createAsker, type Asker } from '../authoring/prompt';
import { editionLabel, NewPostError, planNewPost, POST_KINDS, type NewLibraryFormat, type PlannedPost, type PostKind } from '../authoring/new-post';
import { addTranslationKey, planTranslation, readTranslationSource } from '../authoring/translate';

/**
 * `npm run new -- article --lang sr --category life-style "Naslov članka"`
 * `npm run new -- library --lang en --format epub "Title"`
 * `npm run new -- --translate content/sr/articles/x.md "English title"`
 * Anything missing is asked for (interactive mode). DMSPOT_TODAY fixes "today" (tests).
 */
const USAGE = `usage: npm run new -- <article|library> [--lang sr|en] [--category ${CATEGORIES.join('|')}] [--format pdf|epub|web] "Title"
       npm run new -- --translate content/<lang>/articles/<slug>.md "Title in the other language"`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      category: { type: 'string' },
      format: { type: 'string' },
      translate: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const today = process.env.DMSPOT_TODAY ? new Date(`${process.env.DMSPOT_TODAY}T12:00:00`) : new Date();
  if (Number.isNaN(today.getTime())) throw new NewPostError(`DMSPOT_TODAY must be a date YYYY-MM-DD (got "${process.env.DMSPOT_TODAY}")`);
  const root = sitePaths().root;
  let asker: Asker | undefined;
  const ask: Asker['ask'] = (...args) => (asker ??= createAsker(process.stdin, process.stdout)).ask(...args);

  try {
    let planned: PlannedPost & { sourceKeyToAdd?: string };
    let sourceFile: string | undefined;
    if (values.translate) {
      // npm runs scripts from the repository root; relative paths are taken from the site root.
      sourceFile = path.relative(root, path.resolve(root, values.translate)).split(path.sep).join('/');
      if (!existsSync(path.join(root, sourceFile))) throw new NewPostError(`${sourceFile} does not exist`);
      const source = readTranslationSource(sourceFile, readFileSync(path.join(root, sourceFile)));
      const title = positionals.join(' ').trim() || (await ask(`Title in ${source.lang === 'sr' ? 'English' : 'Serbian'} (source: "${source.title}"):`, nonEmpty));
      planned = planTranslation(source, title, today);
    } else {
      const [first, ...rest] = positionals;
      const kind: PostKind = isKind(first) ? first : await ask('What are you writing?', (a) => (isKind(a) ? a : undefined), POST_KINDS);
      const titleWords = isKind(first) ? rest : positionals;
      const lang = values.lang !== undefined ? parseOption('lang', values.lang, LANGS) : await ask('Language:', (a) => pick(a, LANGS), LANGS);
      let category: Category | undefined;
      let format: NewLibraryFormat | undefined;
      if (kind === 'article') {
        category = values.category !== undefined ? parseOption('category', values.category, CATEGORIES) : await ask('Category:', (a) => pick(a, CATEGORIES), CATEGORIES);
      } else {
        format = values.format !== undefined ? parseOption('format', values.format, ['pdf', 'epub', 'web'] as const) : 'pdf';
      }
      const title = titleWords.join(' ').trim() || (await ask('Title:', nonEmpty));
      planned = planNewPost({ kind, lang, title, category, format, today });
    }

    const target = path.join(root, planned.file);
    if (existsSync(target)) {
      throw new NewPostError(`${planned.file} already exists; nothing was written (choose another title, or edit that file)`);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, planned.contents, { flag: 'wx' });
    if (sourceFile && planned.sourceKeyToAdd) {
      const full = path.join(root, sourceFile);
      writeFileSync(full, addTranslationKey(readFileSync(full, 'utf8'), planned.sourceKeyToAdd));
      console.log(`Added translationKey: ${planned.sourceKeyToAdd} to ${sourceFile}`);
    }
    console.log(`Created ${planned.file}`);
    for (const url of planned.urls) console.log(`  ${editionLabel(url).padEnd(8)} ${url}   (preview: http://localhost:8080${url})`);
    console.log(`Next: ${planned.nextSteps.join('; ')}.`);
  } finally {
    asker?.close();
  }
}

function isKind(value: string | undefined): value is PostKind {
  return (POST_KINDS as readonly string[]).includes(value ?? '');
}

function nonEmpty(answer: string): string | undefined {
  return answer.trim() || undefined;
}

function pick<T extends string>(answer: string, choices: readonly T[]): T | undefined {
  return choices.find((c) => c === answer.trim());
}

function parseOption<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const chosen = pick(value, choices);
  if (!chosen) throw new NewPostError(`--${name} must be one of ${choices.join(', ')} (got "${value}")`);
  return chosen;
}

main().catch((error: unknown) => {
  if (error instanceof NewPostError || error instanceof ContentError) {
    console.error(`npm run new: ${error.message}\n${USAGE}`);
  } else if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`npm run new: ${error.message}\n${USAGE}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
