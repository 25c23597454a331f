// SPDX-License-Identifier: MIT
// Oxigraph as one triplestore for several exports: loads every N-Quads or
// Turtle file given into one Store (quads of the same name merge, as they
// would in any store), then runs the SPARQL queries of QUERIES.json, an
// object { name: query text }, with the default graph as the union of all
// graphs. Prints one JSON object: { name: SPARQL JSON results or
// { "error": message }, "#quads": store size }.
//
// usage: node union.mjs QUERIES.json FILE.nq|FILE.ttl...
import { readFileSync } from 'node:fs';
import { need } from './common.mjs';

need('oxigraph');
const oxigraph = (await import('oxigraph')).default;

const [queryFile, ...files] = process.argv.slice(2);
if (!queryFile || files.length === 0) {
  console.error('usage: node union.mjs QUERIES.json FILE.nq|FILE.ttl...');
  process.exit(2);
}
const store = new oxigraph.Store();
for (const f of files)
  store.load(readFileSync(f, 'utf8'),
             { format: f.endsWith('.nq') ? 'application/n-quads' : 'text/turtle' });
const out = {};
for (const [name, q] of Object.entries(JSON.parse(readFileSync(queryFile, 'utf8')))) {
  try {
    out[name] = JSON.parse(store.query(q, {
      results_format: 'application/sparql-results+json',
      use_default_graph_as_union: true,
    }));
  } catch (e) {
    out[name] = { error: String(e) };
  }
}
out['#quads'] = store.size;
process.stdout.write(JSON.stringify(out));
