// SPDX-License-Identifier: MIT
// SHACL validation with rdf-validate-shacl: kabar's export together with
// ontology/kabar.ttl must conform to ontology/shapes.ttl, in Turtle and in
// N-Quads (graphs merged); a deliberately broken graph must not, and must
// fail exactly where it was broken.
//
// usage: node shacl.mjs ONTOLOGY_DIR OUT BROKEN.ttl
import { readFileSync } from 'node:fs';
import { need } from './common.mjs';

need('n3');
need('rdf-validate-shacl');
const { Parser } = (await import('n3')).default;
const SHACLValidator = (await import('rdf-validate-shacl')).default;

const [ontoDir, out, brokenPath] = process.argv.slice(2);
let failures = 0;
const fail = (msg) => { failures++; console.error('FAIL: ' + msg); };

function parse(path, format) {
  return new Parser({ format }).parse(readFileSync(path, 'utf8'));
}

const shapes = parse(`${ontoDir}/shapes.ttl`, 'text/turtle');
const ontology = parse(`${ontoDir}/kabar.ttl`, 'text/turtle');

async function validate(label, quads) {
  const validator = new SHACLValidator(shapes);
  // graphs merged: SHACL validates one data graph
  const data = validator.factory.dataset(quads.map((q) =>
    validator.factory.quad(q.subject, q.predicate, q.object)));
  const report = await validator.validate(data);
  const results = [...report.results].map((r) => ({
    focus: r.focusNode?.value, path: r.path?.value, message: r.message.map((m) => m.value).join(' '),
    component: r.sourceConstraintComponent?.value,
  }));
  console.log(`${label}: ${quads.length} triples, conforms=${report.conforms}, ${results.length} results`);
  return { conforms: report.conforms, results };
}

for (const sub of ['fixture', 'hostile']) {
  for (const [file, format] of [['kb.ttl', 'text/turtle'], ['kb.nq', 'application/n-quads']]) {
    const r = await validate(`${sub}/${file} + ontology`, [...ontology, ...parse(`${out}/${sub}/${file}`, format)]);
    if (!r.conforms) {
      fail(`${sub}/${file} does not conform:`);
      for (const x of r.results.slice(0, 10)) console.error('  ', JSON.stringify(x));
    }
  }
}

// The broken graph: every "# BREAK focus path" comment in it names a
// violation the validator must report; nothing else may be reported.
const brokenText = readFileSync(brokenPath, 'utf8');
const wanted = [...brokenText.matchAll(/^# BREAK (\S+) (\S+)/gm)].map((m) => [m[1], m[2]]);
const K = 'https://w3id.org/kabar/ontology#';
const B = 'http://kabar.example.org/id/';
const expand = (s) => s.replace(/^kabar:/, K).replace(/^id:/, B).replace(/^rdfs:/, 'http://www.w3.org/2000/01/rdf-schema#');
const broken = await validate('broken.ttl + ontology', [...ontology, ...parse(brokenPath, 'text/turtle')]);
if (broken.conforms) fail('the broken graph conforms');
const got = new Set(broken.results.map((r) => `${r.focus} ${r.path}`));
for (const [focus, path] of wanted) {
  const key = `${expand(focus)} ${path === '-' ? undefined : expand(path)}`;
  if (!got.has(key)) fail(`broken graph: no violation reported at ${focus} ${path}`);
  got.delete(key);
}
for (const extra of got) fail(`broken graph: unexpected violation at ${extra}`);
if (wanted.length < 8) fail('broken.ttl should break at least 8 things');
console.log(`broken.ttl: ${wanted.length} deliberate violations, each reported`);

if (failures) {
  console.error(`${failures} failures`);
  process.exit(1);
}
