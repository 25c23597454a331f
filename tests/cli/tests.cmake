# SPDX-License-Identifier: MIT
# The kabar command line end to end: exit codes and messages, bad inputs,
# failures to write, determinism, and the bundled corpus's export read back
# by independent consumers.
set(KABAR_CLI_DIR ${CMAKE_CURRENT_LIST_DIR})
set(KABAR_CLI_OUT ${CMAKE_CURRENT_BINARY_DIR}/cli-corpus-out)
set(KABAR_CLI_CORPUS ${KABAR_TEST_DATA}/corpus)
# The graph engineer's schemas and consumer checks, run here on a real export.
set(KABAR_CLI_GRAPH ${PROJECT_SOURCE_DIR}/tests/graph)
find_program(KABAR_XMLLINT xmllint)
find_program(KABAR_NODE NAMES node nodejs)

# Argument lists -> exit code and messages; unwritable outputs; /dev/full.
add_test(NAME cli_table
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_table.py ${KABAR_BIN} ${KABAR_TEST_DATA})
# Invalid UTF-8, NUL, binary, empty, unreadable, missing, directories,
# --lenient, bad data files.
add_test(NAME cli_bad_input
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_bad_input.py ${KABAR_BIN} ${KABAR_TEST_DATA})
# mentions.tsv on documents written for the test: kinds and byte spans.
add_test(NAME cli_mentions COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_mentions.py ${KABAR_BIN})
# A document's charset, publication date, URL and dateline; each fact mention's date.
add_test(NAME cli_doc_meta COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_doc_meta.py ${KABAR_BIN})
# facts.tsv and facts.jsonl through Python's csv, pandas, R and jq with the
# README's recipes (readers not installed are skipped).
add_test(NAME cli_readers COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_readers.py ${KABAR_BIN})
# Same inputs, byte-identical outputs.
add_test(NAME cli_determinism
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_determinism.py ${KABAR_BIN}
                 ${KABAR_TEST_DATA})

# --jobs N: byte-identical outputs, messages and errors for any N; bad values refused.
add_test(NAME cli_jobs
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_jobs.py ${KABAR_BIN} ${KABAR_TEST_DATA}
                 ${PROJECT_SOURCE_DIR}/tests/quality/real/texts)

# An entity's documents: the exact count and at most 20 names, the smallest,
# in entities.tsv, kb.nt and nodes.csv, the same for any --jobs.
add_test(NAME cli_doc_sample COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_doc_sample.py ${KABAR_BIN})

# Fixture cli_corpus: the bundled corpus exported with every RDF format into
# a directory emptied first (an export into an existing directory keeps
# files that are not its own).
add_test(NAME cli_corpus_clean COMMAND ${CMAKE_COMMAND} -E rm -rf ${KABAR_CLI_OUT})
add_test(NAME cli_corpus_export
         COMMAND ${KABAR_BIN} export -q --rdf all --entity-mentions -o ${KABAR_CLI_OUT}
                 ${KABAR_CLI_CORPUS})
set_tests_properties(cli_corpus_clean PROPERTIES FIXTURES_SETUP cli_corpus)
set_tests_properties(cli_corpus_export PROPERTIES FIXTURES_SETUP cli_corpus
                     DEPENDS cli_corpus_clean)

add_test(NAME cli_corpus_graphml_xsd
         COMMAND ${KABAR_XMLLINT} --nonet --noout
                 --schema ${KABAR_CLI_GRAPH}/schemas/graphml/graphml.xsd
                 ${KABAR_CLI_OUT}/graph.graphml)
add_test(NAME cli_corpus_gexf_rng
         COMMAND ${KABAR_XMLLINT} --nonet --noout --relaxng ${KABAR_CLI_GRAPH}/schemas/gexf/gexf.rng
                 ${KABAR_CLI_OUT}/graph.gexf)
add_test(NAME cli_corpus_networkx
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_GRAPH}/check_networkx.py ${KABAR_CLI_OUT})
add_test(NAME cli_corpus_igraph
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_GRAPH}/check_igraph.py ${KABAR_CLI_OUT})
add_test(NAME cli_corpus_graphology_graphml
         COMMAND ${KABAR_NODE} ${KABAR_CLI_GRAPH}/js/check_graphml.js ${KABAR_CLI_OUT})
add_test(NAME cli_corpus_graphology
         COMMAND ${KABAR_NODE} ${KABAR_CLI_GRAPH}/js/check_gexf.js ${KABAR_CLI_OUT})
# rapper on the four RDF files; kb.ttl against the TSV files and the corpus.
add_test(NAME cli_corpus_rdf
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/check_rdf.py ${KABAR_CLI_OUT} ${KABAR_CLI_CORPUS}
                 ${KABAR_BIN})
add_test(NAME cli_corpus_rdf_damaged
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/check_rdf.py --self-test ${KABAR_CLI_OUT}
                 ${KABAR_CLI_CORPUS} ${KABAR_BIN})
# entities.tsv / facts.tsv per the spec, evidence traced to `kabar
# sentences`, agreement with nodes.csv, edges.csv and `kabar metrics`.
add_test(NAME cli_corpus_tsv
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/check_tsv.py ${KABAR_CLI_OUT} ${KABAR_CLI_CORPUS}
                 ${KABAR_BIN})
add_test(NAME cli_corpus_tsv_damaged
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/check_tsv.py --self-test ${KABAR_CLI_OUT}
                 ${KABAR_CLI_CORPUS} ${KABAR_BIN})
set_tests_properties(cli_corpus_graphml_xsd cli_corpus_gexf_rng cli_corpus_networkx cli_corpus_igraph
                     cli_corpus_graphology cli_corpus_graphology_graphml cli_corpus_rdf
                     cli_corpus_rdf_damaged cli_corpus_tsv cli_corpus_tsv_damaged
                     PROPERTIES FIXTURES_REQUIRED cli_corpus)

# Interrupted runs (SIGTERM, SIGINT, SIGKILL at spread-out points), two
# exports at once, dead runs' leftovers, output directories to refuse.
add_test(NAME cli_interrupt
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_interrupt.py ${KABAR_BIN} ${KABAR_TEST_DATA}
                 ${PROJECT_SOURCE_DIR}/tests/quality)
# About 3 minutes in a normal build and 6.5 under the sanitizers on a quiet
# 2-core machine; the limit leaves room for a busy one.
set_tests_properties(cli_interrupt PROPERTIES TIMEOUT 1500)

# Hostile values (NEL, U+2028/9, quotes, '|', <&> in text; tab, LF, U+0001,
# invalid bytes in file names) through kabar export, every table read back
# strictly; node ids unique in GraphML and GEXF.
add_test(NAME cli_hostile_values
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_hostile_values.py ${KABAR_BIN})

# kabar extract on 3 and 5 shards + kabar merge: every output byte-identical
# to one export, a later shard's documents extracted again with the people of
# earlier ones (and shown to read otherwise alone).
add_test(NAME cli_shard
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_shard.py ${KABAR_BIN} ${KABAR_TEST_DATA}
                 ${PROJECT_SOURCE_DIR}/tests/quality/real/texts)
# Missing, damaged and mismatched parts, inputs changed or gone: one line
# naming the file, exit 1, nothing written.
add_test(NAME cli_shard_errors
         COMMAND ${KABAR_PYTHON} ${KABAR_CLI_DIR}/cli_shard_errors.py ${KABAR_BIN}
                 ${KABAR_TEST_DATA} ${PROJECT_SOURCE_DIR}/tests/quality/real/texts)
