// SPDX-License-Identifier: MIT
// Loads DIR/graph.graphml with graphology-graphml (graphology's GraphML
// reader) and checks it against DIR/nodes.csv, DIR/edges.csv and
// DIR/metrics.json: a directed graph of the same nodes (ids, labels, types)
// and edges (source, target, relation, weight), with `symmetric` true on
// exactly the symmetric relations' edges. GraphML stays directed: networkx
// and igraph refuse a GraphML that mixes directed and undirected edges, so
// a symmetric fact is one arc marked symmetric (graph.gexf has it undirected).
// usage: node check_graphml.js DIR
'use strict';
const fs = require('fs');
const path = require('path');
const {SYMMETRIC, parseCsv} = require('./csv.js');

let MultiGraph, graphml;
try {
  ({MultiGraph} = require('graphology'));
  graphml = require('graphology-graphml');
} catch (e) {
  console.error('graphology / graphology-graphml are not installed in ' + __dirname +
                ': run scripts/setup-tests.sh (it runs npm install there). ' + e.message);
  process.exit(1);
}
if (process.argv.length !== 3) {
  console.error('usage: node check_graphml.js DIR');
  process.exit(2);
}
const dir = process.argv[2];
const failures = [];
const fail = (msg) => failures.push(msg);


const graph = graphml.parse(MultiGraph, fs.readFileSync(path.join(dir, 'graph.graphml'), 'utf8'));
const nodes = parseCsv(fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8'));
const edges = parseCsv(fs.readFileSync(path.join(dir, 'edges.csv'), 'utf8'));
const summary = JSON.parse(fs.readFileSync(path.join(dir, 'metrics.json'), 'utf8')).graph;

if (graph.order !== summary.vertices || graph.order !== nodes.length)
  fail(`${graph.order} nodes, metrics.json says ${summary.vertices}, nodes.csv ${nodes.length}`);
if (graph.size !== summary.edges || graph.size !== edges.length)
  fail(`${graph.size} edges, metrics.json says ${summary.edges}, edges.csv ${edges.length}`);
if (graph.order === 0)
  fail('no nodes: nothing was checked');
// GraphML ids are the entity ids escaped ([A-Za-z0-9_-] kept, else .XX); a
// node's label and type must match the nodes.csv row of the same label.
const byLabel = new Map(nodes.map((n) => [n.Label + '\u0000' + n.type, n]));
graph.forEachNode((id, a) => {
  if (!byLabel.has(a.label + '\u0000' + a.type))
    fail(`node ${id}: label ${a.label} (${a.type}) is not in nodes.csv`);
});
const key = (s, t, rel, w) => [s, t, rel, Number(w)].join('\u0000');
const csvEdges = new Map(edges.map((e) => [key(
    graph.getNodeAttribute(graphNodeOf(e.Source), 'label'),
    graph.getNodeAttribute(graphNodeOf(e.Target), 'label'), e.relation, e.Weight), e]));
function graphNodeOf(entityId) {
  const escaped = entityId.replace(/[^A-Za-z0-9_-]/g, (c) =>
    Array.from(Buffer.from(c, 'utf8')).map((b) => '.' + b.toString(16).toUpperCase()
                                                        .padStart(2, '0')).join(''));
  if (!graph.hasNode(escaped)) {
    fail(`edges.csv names ${entityId}, no GraphML node ${escaped}`);
    return graph.nodes()[0];
  }
  return escaped;
}
let symmetric = 0;
graph.forEachEdge((e, a, s, t, sa, ta) => {
  if (!graph.isDirected(e))
    fail(`edge ${e} (${a.relation}) is undirected: GraphML must stay directed`);
  const isSym = a.symmetric === true || a.symmetric === 'true';
  if (isSym !== SYMMETRIC.has(a.relation))
    fail(`edge ${e}: relation ${a.relation}, symmetric ${a.symmetric}`);
  symmetric += isSym;
  if (!csvEdges.has(key(sa.label, ta.label, a.relation, a.weight)))
    fail(`edge ${e}: ${sa.label} -${a.relation}-> ${ta.label} (${a.weight}) is not in edges.csv`);
});
if (symmetric !== summary.symmetricEdges)
  fail(`${symmetric} symmetric edges, metrics.json says ${summary.symmetricEdges}`);

for (const f of failures) console.log('FAIL ' + f);
console.log(`graphology-graphml read ${graph.order} nodes, ${graph.size} edges (${symmetric} ` +
            'symmetric, all directed)');
process.exit(failures.length ? 1 : 0);
