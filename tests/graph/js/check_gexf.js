// SPDX-License-Identifier: MIT
// Loads DIR/graph.gexf with graphology-gexf (the parser Gephi Lite uses) and
// checks it against DIR/nodes.csv, DIR/edges.csv and DIR/metrics.json: node
// and edge counts, ids, labels, types, weights, attributes, viz colour/size,
// and each edge's direction: a symmetric relation's edge is undirected (the
// graph is then mixed), any other directed, in the GEXF and in edges.csv's
// Type. With --relations A,B,... each named relation must have an edge.
// usage: node check_gexf.js DIR [--relations metWith,visited]
'use strict';
const fs = require('fs');
const path = require('path');
const {SYMMETRIC, parseCsv} = require('./csv.js');

let Graph, gexf;
try {
  Graph = require('graphology');
  gexf = require('graphology-gexf');
} catch (e) {
  console.error('graphology / graphology-gexf are not installed in ' + __dirname +
                ': run scripts/setup.sh (it runs npm install there). ' + e.message);
  process.exit(1);
}

const args = process.argv.slice(2);
if (!(args.length === 1 || (args.length === 3 && args[1] === '--relations'))) {
  console.error('usage: node check_gexf.js DIR [--relations metWith,visited]');
  process.exit(2);
}
const dir = args[0];
const wantRelations = args.length === 3 ? args[2].split(',') : [];
const failures = [];
const fail = (msg) => failures.push(msg);


const graph = gexf.parse(Graph, fs.readFileSync(path.join(dir, 'graph.gexf'), 'utf8'));
const nodes = parseCsv(fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8'));
const edges = parseCsv(fs.readFileSync(path.join(dir, 'edges.csv'), 'utf8'));
const summary = JSON.parse(fs.readFileSync(path.join(dir, 'metrics.json'), 'utf8')).graph;

if (graph.order !== nodes.length) fail(`nodes: gexf ${graph.order}, nodes.csv ${nodes.length}`);
if (graph.order !== summary.vertices) fail(`nodes: gexf ${graph.order}, metrics.json ${summary.vertices}`);
if (graph.size !== edges.length) fail(`edges: gexf ${graph.size}, edges.csv ${edges.length}`);
if (graph.size !== summary.edges) fail(`edges: gexf ${graph.size}, metrics.json ${summary.edges}`);
// graphology-gexf starts from the first edge's type and turns the graph
// mixed at the first edge of the other type.
const symmetricEdges = edges.filter((e) => SYMMETRIC.has(e.relation)).length;
const wantType = symmetricEdges === 0 ? 'directed'
  : symmetricEdges === edges.length ? 'undirected' : 'mixed';
if (graph.type !== wantType) fail(`graph type ${graph.type}, want ${wantType}`);

const near = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
for (const n of nodes) {
  if (!graph.hasNode(n.Id)) { fail(`node ${n.Id} missing`); continue; }
  const a = graph.getNodeAttributes(n.Id);
  if (a.label !== n.Label) fail(`node ${n.Id}: label ${JSON.stringify(a.label)} vs ${JSON.stringify(n.Label)}`);
  if (a.type !== n.type) fail(`node ${n.Id}: type ${a.type} vs ${n.type}`);
  for (const k of ['degree', 'coreness', 'community', 'mentions'])
    if (a[k] !== Number(n[k])) fail(`node ${n.Id}: ${k} ${a[k]} vs ${n[k]}`);
  for (const k of ['pagerank', 'betweenness', 'harmonic', 'eigenvector', 'hub', 'authority', 'closeness']) {
    if (n[k] === '') { if (k in a) fail(`node ${n.Id}: ${k} should be absent`); continue; }
    if (typeof a[k] !== 'number' || !near(a[k], Number(n[k]))) fail(`node ${n.Id}: ${k} ${a[k]} vs ${n[k]}`);
  }
  if (typeof a.color !== 'string' || !a.color.startsWith('rgb')) fail(`node ${n.Id}: viz color ${a.color}`);
  if (!(a.size >= 4 && a.size <= 40)) fail(`node ${n.Id}: viz size ${a.size}`);
}
let weightSum = 0;
for (const e of edges) {
  if (!graph.hasEdge(e.Id)) { fail(`edge ${e.Id} missing`); continue; }
  const a = graph.getEdgeAttributes(e.Id);
  if (graph.source(e.Id) !== e.Source || graph.target(e.Id) !== e.Target)
    fail(`edge ${e.Id}: ends ${graph.source(e.Id)}->${graph.target(e.Id)} vs ${e.Source}->${e.Target}`);
  if (a.weight !== Number(e.Weight)) fail(`edge ${e.Id}: weight ${a.weight} vs ${e.Weight}`);
  if (a.relation !== e.relation || a.label !== e.relation) fail(`edge ${e.Id}: relation ${a.relation}`);
  if (a.kind !== e.relation) fail(`edge ${e.Id}: kind ${a.kind}`);
  if (a.symmetric !== (e.symmetric === 'true')) fail(`edge ${e.Id}: symmetric ${a.symmetric}`);
  if (a.asserted !== Number(e.asserted)) fail(`edge ${e.Id}: asserted ${a.asserted}`);
  const undirected = SYMMETRIC.has(e.relation);
  if (e.symmetric !== String(undirected)) fail(`edge ${e.Id} (${e.relation}): symmetric ${e.symmetric}`);
  if (graph.isUndirected(e.Id) !== undirected)
    fail(`edge ${e.Id} (${e.relation}): undirected ${graph.isUndirected(e.Id)}, want ${undirected}`);
  if (e.Type !== (undirected ? 'Undirected' : 'Directed'))
    fail(`edge ${e.Id} (${e.relation}): edges.csv Type ${e.Type}, symmetric ${e.symmetric}`);
  weightSum += a.weight;
}
if (edges.length && !(weightSum > 0)) fail('edge weights sum to 0');
for (const rel of wantRelations)
  if (!edges.some((e) => e.relation === rel)) fail(`no ${rel} edge to check`);

if (failures.length) {
  console.log(failures.join('\n'));
  console.log(`${failures.length} problems in ${path.join(dir, 'graph.gexf')}`);
  process.exit(1);
}
console.log(`graphology-gexf loaded ${graph.order} nodes and ${graph.size} edges; attributes agree`);
