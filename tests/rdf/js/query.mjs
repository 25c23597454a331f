// SPDX-License-Identifier: MIT
// Oxigraph as a triplestore: loads kabar's N-Quads (each document's mentions
// in its own named graph) into a Store and runs SPARQL queries on it.
// Prints one JSON object: { "<query file>": <SPARQL JSON results> or
// { "error": message } }.
//
// usage: node query.mjs KB.nq QUERY.rq...
import { readFileSync } from 'node:fs';
import { need } from './common.mjs';

need('oxigraph');
const oxigraph = (await import('oxigraph')).default;

const [nq, ...queries] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(readFileSync(nq, 'utf8'), { format: 'application/n-quads' });
const out = {};
for (const q of queries) {
  try {
    const json = store.query(readFileSync(q, 'utf8'), {
      results_format: 'application/sparql-results+json',
    });
    out[q] = JSON.parse(json);
  } catch (e) {
    out[q] = { error: String(e) };
  }
}
out['#quads'] = store.size;
process.stdout.write(JSON.stringify(out));
