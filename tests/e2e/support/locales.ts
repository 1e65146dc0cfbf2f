// Reads the Fluent sources so tests compare the page with what translators wrote.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const LOCALES = ['ja', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'es', 'vi', 'tl'] as const;
export type LocaleTag = (typeof LOCALES)[number];

const localesDir = path.resolve(__dirname, '../../../locales');

/** Simple messages (`key = value` on one line) of a locale. */
export function messages(locale: LocaleTag): Map<string, string> {
  const source = fs.readFileSync(path.join(localesDir, locale, 'main.ftl'), 'utf8');
  const out = new Map<string, string>();
  for (const line of source.split('\n')) {
    const match = /^([a-zA-Z][\w-]*) = (.*)$/.exec(line);
    if (match) out.set(match[1], match[2]);
  }
  return out;
}

/** The text a message shows without furigana (Aozora ruby notation removed). */
export function plain(text: string): string {
  return text.replace(/｜([^《]*)《[^》]*》/g, '$1').replace(/《[^》]*》/g, '');
}

/** The message in `locale`, else English, as plain text, with `{ $name }` placeables filled. */
export function text(locale: LocaleTag, key: string, args: Record<string, string> = {}): string {
  const value = messages(locale).get(key) ?? messages('en').get(key);
  if (value === undefined) throw new Error(`no message ${key}`);
  return plain(value).replace(/\{ \$([\w-]+) \}/g, (whole, name: string) => args[name] ?? whole);
}
