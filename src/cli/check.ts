import { sitePaths } from '../config/paths';
import { formatProblems, validateContent } from '../content/validate';

/** `npm run check`: validates all content without writing anything, listing every problem. */
const paths = sitePaths();
const { problems, articles, libraryItems } = validateContent(paths.content, paths.root);
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} found:\n${formatProblems(problems)}`);
  process.exitCode = 1;
} else {
  console.log(`Content is valid: ${articles.length} articles, ${libraryItems.length} eLibrary items.`);
}
