# SPDX-License-Identifier: MIT
"""Checks the export against the ontology: every class and property that the
export uses (and every term the writer can use, listed by rdf_fixture in
OUT/vocab.tsv) is defined in ontology/kabar.ttl, with the right kind,
labels in Indonesian and English, a comment, and for the 25 relations a
domain, a range and owl:SymmetricProperty exactly where kabar treats the
relation as symmetric. Every class, property and named individual of the
ontology, used or not, has one label in Indonesian and one in English. In
the fixture's kb.ttl (written with the data directory) a state with an ISO
code has its Indonesian label and its English name from iso-codes.

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

    # 3. every term of the ontology: exactly one @id and one @en label
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             OWL.NamedIndividual, KABAR.Relation, OWL.Ontology)
    terms = {t for k in kinds for t in onto.subjects(RDF.type, k)
             if str(t).startswith(str(KABAR)) or k == OWL.Ontology}
    untyped = {t for t in onto.subjects() if isinstance(t, URIRef)
               and str(t).startswith(str(KABAR))} - terms
    for t in sorted(untyped):
        fail(f"{t} is described in {onto_path} but is no class, property or individual")
    for t in sorted(terms):
        langs = sorted(o.language or "" for o in onto.objects(t, RDFS.label))
        if langs != ["en", "id"]:
            fail(f"{t}: rdfs:label languages {langs}, want one @en and one @id")
    if len(terms) < 60:
        fail(f"only {len(terms)} terms found in {onto_path}: the check looks at the wrong thing")
    print(f"ontology: {len(terms)} terms, each labelled once in English and once in Indonesian")

    # 4. states in kb.ttl: the Indonesian label and the English name. The
    # English names are iso-codes' (hand-checked: RUS has no common name
    # there, PRK's common name is "North Korea").
    g = rdflib.Graph()
    g.parse(f"{out}/fixture/kb.ttl", format="turtle")
    want = {"RUS": ("Rusia", "Russian Federation"), "PRK": ("Korea Utara", "North Korea"),
            "USA": ("Amerika Serikat", "United States")}
    states = 0
    for s in g.subjects(RDF.type, KABAR.State):
        code = str(g.value(s, KABAR.iso3166Alpha3) or "")
        labels = sorted((o.language, str(o)) for o in g.objects(s, RDFS.label))
        states += 1
        if code in want:
            idn, en = want.pop(code)
            if labels != [("en", en), ("id", idn)]:
                fail(f"kb.ttl: {code} labels {labels}, want {idn!r}@id and {en!r}@en")
        elif code and [lang for lang, _ in labels] != ["en", "id"]:
            fail(f"kb.ttl: state {code} labels {labels}, want one @id and one @en")
    for code in want:
        fail(f"kb.ttl: no state {code} (the fixture has it)")
    # entities other than states keep their one Indonesian label
    for s, o in g.subject_objects(RDFS.label):
        if o.language == "en" and (s, RDF.type, KABAR.State) not in g:
            fail(f"kb.ttl: {s} is no state and has an English label {o!r}")
    print(f"kb.ttl: {states} states labelled in Indonesian and English")
    if failures:
        print(f"{failures} failures", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
