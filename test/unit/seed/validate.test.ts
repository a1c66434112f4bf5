import type { Dataset } from '../../../src/seed/dataset';
import type { LoadedDataset } from '../../../src/seed/load';
import { jsonPath } from '../../../src/seed/issues';
import { idsToLookUp, normaliseText, validateDatasets } from '../../../src/seed/validate';

const none = { entities: new Map(), sources: new Set<string>() };

/** A loaded dataset without line numbers, as if from a file the locator cannot look into. */
function loaded(file: string, data: Dataset, texts: Record<string, string> = {}): LoadedDataset {
  return {
    file,
    data,
    texts: new Map(Object.entries(texts)),
    locate: (at, message) => ({ file, path: jsonPath(at), message }),
    describe: (at) => `${file}: ${jsonPath(at)}`,
  };
}

const article = { id: 'article', title: 'An article', tier: 'PRESS' as const };

describe('validateDatasets', () => {
  it('accepts references across the files of one run', () => {
    const a = loaded('a.json', {
      sources: [article],
      companies: [{ id: 'parent', name: 'Parent', sources: [{ source: 'article' }] }],
    });
    const b = loaded('b.json', {
      companies: [{ id: 'child', name: 'Child', sources: [{ source: 'article' }] }],
      relations: [{ type: 'SUBSIDIARY_OF', from: 'child', to: 'parent', sources: [{ source: 'article' }] }],
    });
    expect(validateDatasets([a, b], none)).toEqual([]);
  });

  it('reports a duplicate id in another file with where it was first defined', () => {
    const a = loaded('a.json', { sources: [article] });
    const b = loaded('b.json', { sources: [article] });
    expect(validateDatasets([a, b], none)).toEqual([
      {
        file: 'b.json',
        path: '$.sources[0].id',
        message: "duplicate source id 'article' (first defined at a.json: $.sources[0].id)",
      },
    ]);
  });

  it('accepts ids the database already holds', () => {
    const data = loaded('a.json', {
      relations: [{ type: 'SUBSIDIARY_OF', from: 'child', to: 'parent', sources: [{ source: 'article' }] }],
    });
    const known = {
      entities: new Map([
        ['child', 'Company'],
        ['parent', 'Company'],
      ] as const),
      sources: new Set(['article']),
    };
    expect(validateDatasets([data], known)).toEqual([]);
    expect(idsToLookUp([data])).toEqual({ entities: ['child', 'parent'], sources: ['article'] });
  });

  it('refuses a company that is its own subsidiary', () => {
    const data = loaded('a.json', {
      sources: [article],
      companies: [{ id: 'ouro', name: 'Ouroboros', sources: [{ source: 'article' }] }],
      relations: [{ type: 'SUBSIDIARY_OF', from: 'ouro', to: 'ouro', sources: [{ source: 'article' }] }],
    });
    expect(validateDatasets([data], none)).toEqual([
      {
        file: 'a.json',
        path: '$.relations[0]',
        message: "a SUBSIDIARY_OF relation cannot link 'ouro' to itself",
      },
    ]);
  });

  it('matches quotes against the text as read, ignoring markdown emphasis and line breaks', () => {
    const data = loaded(
      'a.json',
      {
        sources: [article],
        companies: [
          {
            id: 'x',
            name: 'X',
            sources: [{ source: 'article', quote: 'its subsidiary Annapurna Labs. Since' }],
          },
        ],
      },
      { article: 'created by its subsidiary **Annapurna Labs**.\nSince being acquired' },
    );
    expect(validateDatasets([data], none)).toEqual([]);
  });
});

describe('normaliseText', () => {
  it('removes emphasis markers and folds white space', () => {
    expect(normaliseText('  **Bold**  and __this__\n\tline ')).toBe('Bold and this line');
  });
});
