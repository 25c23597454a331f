// SPDX-License-Identifier: MIT
// What the graph consumer checks share: kabar's CSV files read back, and
// the symmetric relations of the contract (docs/EXTRACTION.md;
// owl:SymmetricProperty in ontology/kabar.ttl), written here rather than
// read from kabar's output.
'use strict';

const SYMMETRIC = new Set(['metWith', 'militaryCooperation', 'tradesWith', 'alliedWith',
                           'foughtAgainst']);

// RFC 4180 CSV, enough for kabar's files: rows as objects keyed by the header.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const header = rows.shift();
  return rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

module.exports = {SYMMETRIC, parseCsv};
