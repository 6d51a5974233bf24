import { readdirSync } from 'node:fs';
import path from 'node:path';
import { validatePageFiles } from '../src/build/page-validation';
const site = process.argv[2]!;
const n = Number(process.argv[3] ?? 300);
const rels: string[] = [];
for (const dir of ['sr/clanci', 'en/articles']) {
  for (const slug of readdirSync(path.join(site, dir)).sort().slice(0, n / 2)) rels.push(`${dir}/${slug}/index.html`);
}
validatePageFiles(site, rels.slice(0, 20), 'https://dmspot.net'); // warm-up
const t0 = process.cpuUsage();
const result = validatePageFiles(site, rels, 'https://dmspot.net');
const c = process.cpuUsage(t0);
console.log(JSON.stringify({ pages: rels.length, problems: result.problems.length, msPerPage: ((c.user + c.system) / 1000 / rels.length).toFixed(2) }));
