// The README and docs/ as a reader follows them: every link leads to a file and a heading that
// exist, and every `claude-workflow …` line shown names a real command with options it takes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/repo.ts';

const PAGES = ['README.md', ...fs.readdirSync(path.join(REPO_ROOT, 'docs')).map((f) => `docs/${f}`)];
const read = (page: string) => fs.readFileSync(path.join(REPO_ROOT, page), 'utf8');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');

/** The lines outside fenced code blocks, and the ones inside them by block. */
function split(text: string): { prose: string[]; code: string[] } {
  const prose: string[] = [];
  const code: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else (fenced ? code : prose).push(line);
  }
  return { prose, code };
}

const anchorsOf = (page: string) => new Set(split(read(page)).prose.flatMap((line) => (/^#{1,6} (.*)$/.exec(line)?.[1] ? [slug(/^#{1,6} (.*)$/.exec(line)?.[1] ?? '')] : [])));

describe.each(PAGES)('%s', (page) => {
  it('every relative link leads to a file, and its anchor to a heading there', () => {
    const links = [...split(read(page)).prose.join('\n').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) {
      const [file = '', anchor] = link.split('#');
      const target = file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file)) : page;
      expect({ link, exists: fs.existsSync(path.join(REPO_ROOT, target)) }).toEqual({ link, exists: true });
      if (anchor && target.endsWith('.md')) expect({ link, anchor: anchorsOf(target).has(anchor) }).toEqual({ link, anchor: true });
    }
  });

  it('every claude-workflow line shown names a command and options it takes', async () => {
    const code = split(read(page)).code.map((line) => line.replace(/^\$ /, '').trim());
    // a line shown with the error it gets (the next line) is an example of that error
    const lines = code.filter((line, i) => line.startsWith('claude-workflow ') && !(code[i + 1] ?? '').startsWith('claude-workflow: '));
    const helps = new Map<string, string>();
    for (const line of lines) {
      const [, name = ''] = line.split(/\s+/);
      if (name.startsWith('-')) continue; // --help, --version
      if (!helps.has(name)) {
        const help = await runCli([name, '--help'], { cwd: tempDir() });
        expect({ line, status: help.status }).toEqual({ line, status: 0 });
        helps.set(name, help.stdout);
      }
      // the options of the line, before any comment or pipe
      const options = [...(line.split(/\s#\s|\s\|\s/)[0] ?? '').matchAll(/(?:^|\s)(--[a-z-]+)/g)].map((m) => m[1] ?? '');
      for (const option of options) expect({ line, option, listed: new RegExp(`^ {2}(-h, )?${option}\\b`, 'm').test(helps.get(name) ?? '') }).toEqual({ line, option, listed: true });
    }
  });
});
