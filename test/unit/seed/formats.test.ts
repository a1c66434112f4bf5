import { toCsvFiles } from '../../../src/export/formats';
import { RECORD_TYPES, type Dataset } from '../../../src/seed/dataset';
import {
  csvRecordType,
  joinList,
  neutraliseFormula,
  parseDatasetText,
  restoreFormula,
  splitList,
} from '../../../src/seed/formats';

const csv = (file: string, text: string) => parseDatasetText(file, text, 'csv');
const yaml = (text: string) => parseDatasetText('x.yaml', text, 'yaml');

describe('CSV cells', () => {
  it('writes a cell a spreadsheet would run as a formula with a leading quote', () => {
    expect(['=1+1', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-cmd",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(['Acme', "'quoted", '1-2', 'a=b'].map(neutraliseFormula)).toEqual([
      'Acme',
      "'quoted",
      '1-2',
      'a=b',
    ]);
  });

  it('reads back exactly the text that was written, even one that starts with quotes', () => {
    for (const text of ['=HYPERLINK("x")', "'=x", "''-1", "'plain", '-', '@', 'x']) {
      expect(restoreFormula(neutraliseFormula(text))).toBe(text);
    }
  });

  it("escapes '|' and backslashes in list items so that they read back the same", () => {
    const items = ['A|B', 'back\\slash', 'ends\\', '\\|', 'plain'];
    expect(joinList(items)).toBe('A\\|B|back\\\\slash|ends\\\\|\\\\\\||plain');
    expect(splitList(joinList(items))).toEqual(items);
    expect(splitList('AC\\DC|One')).toEqual(['AC\\DC', 'One']);
  });

  it('round-trips formulas, negative numbers, aliases with | and a final newline through export and import', () => {
    const data: Dataset = {
      sources: [{ id: 's', title: '=cmd|/C calc!A0', tier: 'PRESS', text: 'Line one.\nLine two.\n' }],
      companies: [
        {
          id: 'c',
          name: '-Minus Corp',
          aliases: ['A|B', '@handle', 'back\\slash'],
          description: '+1 555 0100',
          sources: [{ source: 's', quote: 'Line one.' }],
        },
      ],
      financials: [
        {
          id: 'f',
          company: 'c',
          metric: '-loss',
          period: { year: 2024, fiscal: false },
          value: { amount: 0, currency: 'USD' },
          basis: 'REPORTED',
          sources: [{ source: 's' }],
        },
      ],
    };
    const files = toCsvFiles(data);
    expect(files.get('companies.csv')).toBe(
      "id,name,aliases,description,sources[0].source,sources[0].quote\nc,'-Minus Corp,A\\|B|@handle|back\\\\slash,'+1 555 0100,s,Line one.\n",
    );
    const back = Object.assign(
      {},
      ...[...files].map(([name, text]) => csv(name, text).value as Dataset),
    ) as Dataset;
    expect(back).toEqual(data);
  });

  it('reads a number column with a negative value as a number', () => {
    const parsed = csv('financials.csv', 'id,period.year,value.amount\nf,2024,-5\n');
    expect(parsed.value).toEqual({
      financials: [{ id: 'f', period: { year: 2024 }, value: { amount: -5 } }],
    });
  });
});

describe('CSV file names', () => {
  it('tell the record type whatever the case of its name, for every record type export writes', () => {
    expect(csvRecordType('out/exchangeRates.csv')).toBe('exchangeRates');
    expect(csvRecordType('acme.exchangerates.CSV')).toBe('exchangeRates');
    expect(csvRecordType('Companies.csv')).toBe('companies');
    for (const type of RECORD_TYPES) expect(csvRecordType(`export/${type}.csv`)).toBe(type);
    expect(csvRecordType('notes.csv')).toBeUndefined();
  });
});

describe('YAML', () => {
  it('allows one anchor used many times', () => {
    const text = `sources: [{ id: s, title: T, tier: PRESS }]\ncompanies:\n  - { id: c0, name: C0, sources: &src [{ source: s }] }\n${Array.from(
      { length: 150 },
      (_, i) => `  - { id: c${i + 1}, name: C${i + 1}, sources: *src }\n`,
    ).join('')}`;
    const parsed = yaml(text);
    expect(parsed.error).toBeUndefined();
    expect((parsed.value as Dataset).companies).toHaveLength(151);
  });

  it('refuses aliases that expand without bound, with the line', () => {
    const levels = Array.from({ length: 8 }, (_, i) => {
      const [name, inner] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
      return `${name}: &${name} [${Array(9).fill(`*${inner}`).join(',')}]`;
    });
    const parsed = yaml(`a: &a [x,x,x,x,x,x,x,x,x]\n${levels.join('\n')}\n`);
    expect(parsed.error).toEqual({
      line: 7,
      message:
        "the YAML aliases here expand to more than 1,000,000 values (10 times the document's own, at least 1,000,000): an alias bomb",
    });
  });

  it('refuses an alias inside the value it names', () => {
    expect(yaml('a: &a [x, *a]\n').error).toEqual({
      line: 1,
      message: 'the alias *a refers to a value that holds it',
    });
  });

  it('refuses deep nesting with a located error instead of running out of stack', () => {
    expect(yaml(`companies: ${'['.repeat(20000)}${']'.repeat(20000)}\n`).error).toEqual({
      line: 1,
      message: 'the YAML nests more than 64 collections deep here; a dataset needs about 6',
    });
    const block = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- \n`).join('');
    expect(yaml(`companies:\n${block}`).error).toEqual({
      line: 65,
      message: 'the YAML nests more than 64 collections deep here; a dataset needs about 6',
    });
  });
});
