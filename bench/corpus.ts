/** The benchmark's documents and annotations, built from the bundled seeds, deterministically. */
import { describeRange } from '../src/domain/anchoring';
import { tagNameKey } from '../src/domain/codebook';
import { parseArticle, sha256Hex } from '../src/domain/corpus';
import type { Article, ParsedArticle } from '../src/domain/corpus/types';
import type { Annotation, Tag } from '../src/domain/model';
import { seededRandom } from './measure';
import { syntheticTextFrom } from './synthetic-text';

const seedFiles = import.meta.glob<string>('../public/seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Seed {
  id: string;
  text: string;
}

/** The five bundled articles, in file order (000 … 004). */
export const seeds: Seed[] = Object.entries(seedFiles)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => ({ id: (path.split('/').pop() as string).replace(/\.txt$/, ''), text }));

export interface BenchDocument {
  entry: Article;
  text: string;
  parsed: ParsedArticle;
}

async function documentOf(
  id: string,
  text: string,
  parsed = parseArticle(text),
): Promise<BenchDocument> {
  const entry: Article = {
    id,
    file: `${id}.txt`,
    title: parsed.title,
    source: parsed.source,
    language: parsed.language,
    date: parsed.date,
    byline: parsed.byline,
    wordCount: parsed.wordCount,
    byteLength: new TextEncoder().encode(text).length,
    textHash: await sha256Hex(text),
    origin: 'imported',
  };
  return { entry, text, parsed };
}

/** One seed article as the reader would open it. */
export function seedDocument(id: string): Promise<BenchDocument> {
  const seed = seeds.find((s) => s.id === id) ?? seeds[0];
  if (!seed) throw new Error('no seeds were bundled into the benchmark page');
  return documentOf(seed.id, seed.text);
}

/** A long article made of the seeds' body paragraphs (see syntheticTextFrom). */
export function syntheticText(words: number): string {
  return syntheticTextFrom(
    seeds.map((s) => s.text),
    words,
  );
}

export function syntheticDocument(words: number): Promise<BenchDocument> {
  return documentOf(`bench-${words}-words`, syntheticText(words));
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const palette = ['#fde68a', '#bfdbfe', '#bbf7d0', '#fecaca', '#ddd6fe', '#fed7aa'];

/** A small codebook for annotations that carry tags. */
export function benchTags(count: number, seed = 7): Tag[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const name = `Bench tag ${i + 1}`;
    return {
      id: uuidFrom(random),
      name,
      nameKey: tagNameKey(name),
      color: palette[i % palette.length] as string,
      description: '',
      hotkey: null,
      parentId: null,
      createdAt: new Date(Date.UTC(2024, 0, 1)).toISOString(),
    };
  });
}

interface Token {
  start: number;
  end: number;
  paragraph: number;
}

function tokensOf(doc: BenchDocument): Token[] {
  const tokens: Token[] = [];
  doc.parsed.paragraphs.forEach((p, paragraph) => {
    if (p.kind !== 'body') return;
    for (const match of p.text.matchAll(/\S+/gu)) {
      const start = p.start + (match.index ?? 0);
      tokens.push({ start, end: start + match[0].length, paragraph });
    }
  });
  return tokens;
}

/**
 * `count` highlights of 1–10 words inside body paragraphs, placed at random
 * (seeded), so some overlap and nest as real ones do. Tagged with `tags` in turn.
 */
export function benchAnnotations(
  doc: BenchDocument,
  count: number,
  options: { seed?: number; tags?: readonly Tag[]; notes?: boolean } = {},
): Annotation[] {
  const random = seededRandom(options.seed ?? 42);
  const tokens = tokensOf(doc);
  if (tokens.length === 0) throw new Error(`${doc.entry.id} has no body text`);
  const tags = options.tags ?? [];
  const created = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const first = Math.floor(random() * tokens.length);
    const from = tokens[first] as Token;
    let last = first + Math.floor(random() * 10);
    while (last > first && (tokens[last]?.paragraph ?? -1) !== from.paragraph) last -= 1;
    const to = tokens[last] as Token;
    const at = new Date(created + i * 1000).toISOString();
    const tag = tags.length > 0 ? tags[i % tags.length] : undefined;
    return {
      id: uuidFrom(random),
      articleId: doc.entry.id,
      textHash: doc.entry.textHash,
      ranges: [describeRange(doc.text, from.start, to.end)],
      tagIds: tag ? [tag.id] : [],
      note:
        options.notes && i % 3 === 0 ? `Note ${i}: worth comparing with the other outlets.` : '',
      color: null,
      coderId: 'local',
      createdAt: at,
      updatedAt: at,
      status: 'exact',
    };
  });
}

/** Fresh ids for copies of `annotations` (e.g. one more than the set already stored). */
export function withFreshIds(annotations: readonly Annotation[], seed: number): Annotation[] {
  const random = seededRandom(seed);
  return annotations.map((a) => ({ ...a, id: uuidFrom(random) }));
}
