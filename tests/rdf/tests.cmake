# SPDX-License-Identifier: MIT
# RDF export: a hand-made kb written in all four formats, then read back by
# independent consumers. rdf_fixture writes ${RDF_OUT}; the other tests
# depend on it through a ctest fixture.
set(RDF_OUT ${CMAKE_CURRENT_BINARY_DIR}/rdf-out)
set(RDF_DIR ${CMAKE_CURRENT_LIST_DIR})
set(RDF_QUERIES ${PROJECT_SOURCE_DIR}/examples/queries)

# Like kabar_unit_test(), but the program takes its output directory.
add_executable(rdf_fixture ${RDF_DIR}/rdf_fixture.c)
target_link_libraries(rdf_fixture PRIVATE kabarlib)
target_include_directories(rdf_fixture PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
target_compile_definitions(rdf_fixture PRIVATE KABAR_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
kabar_warnings(rdf_fixture)
add_test(NAME rdf_fixture COMMAND rdf_fixture ${RDF_OUT})
set_tests_properties(rdf_fixture PROPERTIES FIXTURES_SETUP rdf_out)

# rapper (raptor2-utils), serdi and rdflib parse every file; counts agree;
# the hostile strings read back exactly, in every format.
add_test(NAME rdf_parse COMMAND ${KABAR_PYTHON} ${RDF_DIR}/check_parse.py ${RDF_OUT})
# Every class and property the export uses is defined in ontology/kabar.ttl.
add_test(NAME rdf_vocab COMMAND ${KABAR_PYTHON} ${RDF_DIR}/check_vocab.py
         ${PROJECT_SOURCE_DIR}/ontology/kabar.ttl ${RDF_OUT})
# SHACL (rdf-validate-shacl): export + ontology conform; a broken graph does not.
add_test(NAME rdf_shacl COMMAND node ${RDF_DIR}/js/shacl.mjs ${PROJECT_SOURCE_DIR}/ontology
         ${RDF_OUT} ${RDF_DIR}/broken.ttl)
# The example queries on rdflib, Oxigraph and (where it can) roqet.
add_test(NAME rdf_queries COMMAND ${KABAR_PYTHON} ${RDF_DIR}/run_queries.py
         ${RDF_QUERIES} ${RDF_OUT}/fixture ${RDF_DIR}/js)
# The same queries on the bundled corpus's export: the engines must agree.
add_test(NAME rdf_queries_corpus COMMAND ${KABAR_PYTHON} ${RDF_DIR}/run_queries.py
         ${RDF_QUERIES} ${CMAKE_CURRENT_BINARY_DIR}/rdf-corpus ${RDF_DIR}/js --agree ${KABAR_BIN})
set_tests_properties(rdf_parse rdf_vocab rdf_shacl rdf_queries PROPERTIES
                     FIXTURES_REQUIRED rdf_out)

# A base IRI that is not UTF-8 is refused before anything is written (fuzz_rdf).
kabar_unit_test(test_rdf_base ${RDF_DIR}/test_rdf_base.c)

# Documents are named by content: two exports of the same texts under other
# names load into one Oxigraph store without a mention or document holding
# two values of a functional property; a file given twice is read once.
add_test(NAME rdf_two_runs COMMAND ${KABAR_PYTHON} ${RDF_DIR}/check_two_runs.py ${KABAR_BIN}
         ${KABAR_TEST_DATA} ${PROJECT_SOURCE_DIR}/ontology/kabar.ttl ${RDF_DIR}/js
         ${CMAKE_CURRENT_BINARY_DIR}/rdf-two-runs)

# Turtle is written in batches, a fresh raptor2 serializer each, so that no
# serializer holds the corpus: forced small batches (KABAR_RDF_BATCH) and a
# generated corpus at the default size read back as the triples of kb.nt.
add_test(NAME rdf_batches COMMAND ${KABAR_PYTHON} ${RDF_DIR}/check_batches.py ${KABAR_BIN}
         ${KABAR_TEST_DATA} ${PROJECT_SOURCE_DIR}/tests/bench/gen_corpus.py
         ${CMAKE_CURRENT_BINARY_DIR}/rdf-batches)
