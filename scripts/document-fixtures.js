// Makes the Word-to-PDF fixtures of src/server/documents/fixtures from the plan texts in
// content/documents: a Word document written by planDocx, converted by LibreOffice with the
// Noto CJK fonts embedded. Needs `soffice` (Debian: libreoffice-writer-nogui, fonts-noto-cjk);
// CI does not, it reads the committed PDFs. Run: node scripts/document-fixtures.js
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureServerBuild } from './build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await ensureServerBuild();
const { planDocx, chaoyangTablePages } = await import(join(root, 'dist/server/documents/testing.js'));

const text = (name) => readFileSync(join(root, 'content/documents', name), 'utf8');
const fixtures = [
  ['002-xicheng-2017-2020', text('002-xicheng-2017-2020.txt')],
  ['003-chaoyang-tables', chaoyangTablePages(text('003-chaoyang-2021-2025.txt'))],
];
const work = mkdtempSync(join(tmpdir(), 'document-fixtures-'));
for (const [name, content] of fixtures) {
  writeFileSync(join(work, `${name}.docx`), await planDocx(content));
  const result = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.docx`)], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  copyFileSync(join(work, `${name}.pdf`), join(root, 'src/server/documents/fixtures', `${name}.pdf`));
  console.log(`src/server/documents/fixtures/${name}.pdf`);
}
