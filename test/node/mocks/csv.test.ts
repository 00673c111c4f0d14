// CSV per OWASP ASVS 1.2.10: a cell that a spreadsheet could run as a formula starts with a quote instead.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvCell, toCsv } from '../../../mocks/csv.ts';
import { setup } from '../sdk/harness.ts';

describe('CSV cells', () => {
  test('=, +, -, @, TAB, CR and NUL at the start are neutralised; the same characters inside are kept', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\u0000']) {
      const cell = csvCell(`${start}SUM(A1)`);
      assert.ok(cell.startsWith(`'${start}`) || cell.startsWith(`"'${start}`), JSON.stringify(cell));
      assert.equal(csvCell(`A${start}1`).replace(/^"|"$/g, ''), `A${start}1`);
    }
  });

  test('quotes, commas and line breaks are quoted as RFC 4180 says; empty and null cells are empty', () => {
    assert.equal(toCsv(['a', 'b'], [['x,"y"', null], ['line\nbreak', 3]]), 'a,b\r\n"x,""y""",\r\n"line\nbreak",3\r\n');
  });

  test('a mass job’s results export neutralises names that look like formulas', async () => {
    const { admin } = setup({ massChunkSize: 50, faults: { massPauseMs: 0 } });
    for (const FirstName of ['=HYPERLINK("http://x")', '@SUM(1)', '+1', '-2']) await admin.accounts.create({ Owner: { FirstName, LastName: 'Roy' } });
    const job = await admin.mass.start('2026-01-01');
    for await (const _ of admin.mass.watch(job.Id, { interval: 1 }));
    const names = (await admin.mass.resultsCsv(job.Id)).trim().split('\r\n').slice(1).map((row) => row.split(',')[2]);
    assert.deepEqual(names.sort(), [`"'+1 Roy"`, `"'-2 Roy"`, `"'=HYPERLINK(""http://x"") Roy"`, `"'@SUM(1) Roy"`]);
  });
});
