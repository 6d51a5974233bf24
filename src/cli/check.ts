import { sitePaths } from '../config/paths';
import { readDataFile } from '../content/data-files';
import { lastCommitDates } from '../content/git-dates';
import { formatLaunchWarnings, launchWarnings } from '../content/launch-warnings';
import type { SiteSettings } from '../content/schema';
import { statusEntries, translationStatus } from '../content/translation-status';
import { formatProblems } from '../content/validate';
import { validateSite } from '../content/validate-site';

/** `npm run check`: validates all content without writing anything, listing every problem. */
const paths = sitePaths();
const report = validateSite(paths);
const { problems, articles, libraryItems } = report;
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} found:\n${formatProblems(problems)}`);
  process.exitCode = 1;
} else {
  console.log(`Content is valid: ${articles.length} articles, ${libraryItems.length} eLibrary items.`);
  // Not errors, but the author's to-do list: the details are in `npm run status`.
  const status = translationStatus(statusEntries(report, lastCommitDates(paths.root, paths.content) ?? new Map()));
  console.log(`Translations: ${status.missing.length} without one, ${status.stale.length} older than their source (npm run status lists them).`);
  // Sample settings still in place: warned about, never failed on (the sample site must build).
  const warnings = formatLaunchWarnings(launchWarnings(readDataFile<SiteSettings>(paths.data, 'site.yaml')));
  if (warnings) console.warn(`\n${warnings}`);
}
