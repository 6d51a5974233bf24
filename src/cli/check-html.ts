import path from 'node:path';
import { sitePaths } from '../config/paths';
import { checkSite, formatOutputProblems } from '../checks/site-checks';
import { readDataFile } from '../content/data-files';
import type { SiteSettings } from '../content/schema';

/**
 * `npm run check:html [-- DIR]`: the thorough check of a built site (`_site/` by default):
 * html-validate on every page and every internal link, image and anchor resolved. The test
 * suite runs it on the fixture site; run it after changing templates on your own content.
 */
const paths = sitePaths();
const dir = path.resolve(process.argv[2] ?? path.join(paths.root, '_site'));
const site = readDataFile<SiteSettings>(paths.data, 'site.yaml');
const report = checkSite(dir, { siteUrl: site.url });
if (report.problems.length) {
  console.error(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${report.pages} pages of ${dir}:\n${formatOutputProblems(report.problems)}`);
  process.exitCode = 1;
} else {
  console.log(`${report.pages} pages of ${dir}: no problem found.`);
}
