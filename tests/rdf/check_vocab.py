# SPDX-License-Identifier: MIT
"""Checks the export against the ontology: every class and property that the
export uses (and every term the writer can use, listed by rdf_fixture in
OUT/vocab.tsv) is defined in ontology/kabar.ttl, with the right kind,
labels in Indonesian and English, a comment, and for the 25 relations a
domain, a range and owl:SymmetricProperty exactly where kabar treats the
relation as symmetric.

usage: check_vocab.py ontology/kabar.ttl OUT
"""
import sys

import rdflib
from rdflib import OWL, RDF, RDFS, XSD, URIRef

KABAR = rdflib.Namespace("https://w3id.org/kabar/ontology#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
# Terms of standard vocabularies the export may use without defining them.
STANDARD = {RDF.type, RDFS.label, SKOS.altLabel}

failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL:", msg, file=sys.stderr)


def main():
    onto_path, out = sys.argv[1], sys.argv[2]
    onto = rdflib.Graph()
    onto.parse(onto_path, format="turtle")

    def types(t):
        return set(onto.objects(t, RDF.type))

    def labelled(t):
        langs = {o.language for o in onto.objects(t, RDFS.label) if isinstance(o, rdflib.Literal)}
        if not {"id", "en"} <= langs:
            fail(f"{t}: needs rdfs:label in @id and @en, has {sorted(map(str, langs))}")
        if not list(onto.objects(t, RDFS.comment)):
            fail(f"{t}: no rdfs:comment")
        if (t, RDFS.isDefinedBy, URIRef("https://w3id.org/kabar/ontology")) not in onto:
            fail(f"{t}: no rdfs:isDefinedBy")

    classes = {s for s in onto.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef)}
    properties = {s for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                  for s in onto.subjects(RDF.type, kind)}
    individuals = set(onto.subjects(RDF.type, OWL.NamedIndividual))

    # 1. what the exports actually use
    used_pred, used_class, used_values = set(), set(), set()
    for sub in ("fixture", "hostile"):
        g = rdflib.Graph()
        g.parse(f"{out}/{sub}/kb.ttl", format="turtle")
        for s, p, o in g:
            used_pred.add(p)
            if p == RDF.type:
                used_class.add(o)
            if p in (KABAR.relation, KABAR.status):
                used_values.add(o)
    for p in sorted(used_pred):
        if p in STANDARD:
            continue
        if not str(p).startswith(str(KABAR)):
            fail(f"the export uses {p}, which is neither kabar nor an allowed standard term")
        elif p not in properties:
            fail(f"the export uses the property {p}, not defined in {onto_path}")
    for c in sorted(used_class):
        if c not in classes:
            fail(f"the export uses the class {c}, not defined in {onto_path}")
    for v in sorted(used_values):
        if v not in individuals and KABAR.Relation not in types(v):
            fail(f"the export uses {v} as a relation or status, not defined in {onto_path}")
    print(f"export: {len(used_pred)} predicates, {len(used_class)} classes, "
          f"{len(used_values)} relation/status values: all defined")

    # 2. every term the writer can use
    relations = set()
    for line in open(f"{out}/vocab.tsv", encoding="utf-8"):
        kind, name, *rest = line.rstrip("\n").split("\t")
        t = KABAR[name]
        labelled(t)
        if kind == "class":
            if t not in classes:
                fail(f"entity class {t} not defined as an owl:Class")
            if (t, RDFS.subClassOf, KABAR.Entity) not in onto:
                fail(f"{t} is not a subclass of kabar:Entity")
            if not [o for o in onto.objects(t, RDFS.subClassOf) if str(o).startswith(("https://schema.org/", "http://xmlns.com/foaf/"))]:
                fail(f"{t} is not aligned with schema.org or FOAF")
        elif kind == "relation":
            relations.add(t)
            if KABAR.Relation not in types(t) or OWL.ObjectProperty not in types(t):
                fail(f"relation {t} is not a kabar:Relation and owl:ObjectProperty")
            if not list(onto.objects(t, RDFS.domain)) or not list(onto.objects(t, RDFS.range)):
                fail(f"relation {t} lacks a domain or range")
            symmetric = OWL.SymmetricProperty in types(t)
            if symmetric != (rest[0] == "1"):
                fail(f"relation {t}: owl:SymmetricProperty is {symmetric}, kabar says {rest[0]}")
        elif kind == "status":
            if (t, RDF.type, KABAR.FactStatus) not in onto:
                fail(f"status {t} is not a kabar:FactStatus")
        elif kind == "metric":
            if t not in properties or (t, RDFS.subPropertyOf, KABAR.networkMetric) not in onto:
                fail(f"metric {t} is not a datatype property under kabar:networkMetric")
            want = XSD.integer if rest[0] == "1" else XSD.double
            if (t, RDFS.range, want) not in onto:
                fail(f"metric {t}: range should be {want}")
        elif kind == "term":
            if t not in classes and t not in properties:
                fail(f"term {t} is not defined as a class or property")
        else:
            fail(f"vocab.tsv: unknown kind {kind}")
    declared = set(onto.subjects(RDF.type, KABAR.Relation))
    if declared != relations or len(relations) != 25:
        fail(f"the ontology's relations differ from kabar's: extra {declared - relations}, "
             f"missing {relations - declared}")
    print(f"vocab.tsv: {len(relations)} relations and every other term defined and labelled")
    if failures:
        print(f"{failures} failures", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
