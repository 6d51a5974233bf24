import { sitePaths } from '../config/paths';
import { lastCommitDates, NO_GIT_HISTORY } from '../content/git-dates';
import { formatTranslationStatus, statusEntries, translationStatus } from '../content/translation-status';
import { formatProblems } from '../content/validate';
import { validateSite } from '../content/validate-site';

/**
 * `npm run status`: which articles and eLibrary items lack a translation, and which
 * translations are older than their source (front matter `updated`/`date`, or the last commit).
 */
const paths = sitePaths();
const report = validateSite(paths);
const committed = lastCommitDates(paths.root, paths.content);
if (!committed) console.log(`${NO_GIT_HISTORY}\n`);
console.log(formatTranslationStatus(translationStatus(statusEntries(report, committed ?? new Map()))));
if (report.problems.length) {
  // The table covers only files that validate; say what was left out rather than hide it.
  console.error(`\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} (files with problems are not in the table; npm run check):\n${formatProblems(report.problems)}`);
  process.exitCode = 1;
}
