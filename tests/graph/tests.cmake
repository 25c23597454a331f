# SPDX-License-Identifier: MIT
# Graph metrics and the graph files (GraphML, GEXF, CSV, metrics.json).
set(KABAR_GRAPH_DIR ${CMAKE_CURRENT_LIST_DIR})
set(KABAR_GRAPH_SCHEMAS ${KABAR_GRAPH_DIR}/schemas)

kabar_unit_test(test_graph_metrics ${KABAR_GRAPH_DIR}/test_graph_metrics.c)
# Sampled path metrics against exact ones on a generated graph, determinism
# across threads, no cliff in cost.
kabar_unit_test(test_graph_sampling ${KABAR_GRAPH_DIR}/test_graph_sampling.c)

# A hand-built kb with hostile labels, written into a directory that the
# consumer checks below read (fixture graph_files).
set(KABAR_GRAPH_OUT ${CMAKE_CURRENT_BINARY_DIR}/graph-out)
add_executable(graph_fixture ${KABAR_GRAPH_DIR}/graph_fixture.c)
target_link_libraries(graph_fixture PRIVATE kabarlib)
target_include_directories(graph_fixture PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
kabar_warnings(graph_fixture)
add_test(NAME graph_write COMMAND graph_fixture ${KABAR_GRAPH_OUT})
set_tests_properties(graph_write PROPERTIES FIXTURES_SETUP graph_files)

find_program(KABAR_XMLLINT xmllint)
find_program(KABAR_NODE NAMES node nodejs)

# Schema validation of the written files, and proof that it can fail: the
# same files with one violation each (and a raw U+0001) must be rejected.
add_test(NAME graph_graphml_xsd
         COMMAND ${KABAR_XMLLINT} --nonet --noout --schema ${KABAR_GRAPH_SCHEMAS}/graphml/graphml.xsd
                 ${KABAR_GRAPH_OUT}/graph.graphml)
add_test(NAME graph_gexf_rng
         COMMAND ${KABAR_XMLLINT} --nonet --noout --relaxng ${KABAR_GRAPH_SCHEMAS}/gexf/gexf.rng
                 ${KABAR_GRAPH_OUT}/graph.gexf)
add_test(NAME graph_broken_rejected
         COMMAND ${KABAR_PYTHON} ${KABAR_GRAPH_DIR}/check_broken.py ${KABAR_GRAPH_OUT}
                 ${KABAR_GRAPH_SCHEMAS} ${CMAKE_CURRENT_BINARY_DIR}/graph-broken)
# networkx recomputes the metrics from graph.graphml.
add_test(NAME graph_networkx
         COMMAND ${KABAR_PYTHON} ${KABAR_GRAPH_DIR}/check_networkx.py ${KABAR_GRAPH_OUT})
# graphology-gexf (Gephi Lite's parser) loads graph.gexf.
add_test(NAME graph_graphology
         COMMAND ${KABAR_NODE} ${KABAR_GRAPH_DIR}/js/check_gexf.js ${KABAR_GRAPH_OUT}
                 --relations metWith,visited)
set_tests_properties(graph_graphml_xsd graph_gexf_rng graph_broken_rejected graph_networkx
                     graph_graphology PROPERTIES FIXTURES_REQUIRED graph_files)

# Timings of kabar_metrics_compute on generated graphs; built, not run by
# ctest (it asserts nothing): build-dir/tests/bench_graph 1000 10000
add_executable(bench_graph ${PROJECT_SOURCE_DIR}/tests/bench/bench_graph.c)
target_link_libraries(bench_graph PRIVATE kabarlib)
kabar_warnings(bench_graph)

# Hostile values and ids that used to collide, through the API into the TSV
# and graph files (fixture hostile_files); check_hostile.py reads every file
# back strictly and compares each value with the documented cleaning.
set(KABAR_GRAPH_HOSTILE ${CMAKE_CURRENT_BINARY_DIR}/graph-hostile)
add_executable(hostile_fixture ${KABAR_GRAPH_DIR}/hostile_fixture.c)
target_link_libraries(hostile_fixture PRIVATE kabarlib)
target_include_directories(hostile_fixture PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
kabar_warnings(hostile_fixture)
add_test(NAME graph_hostile_write COMMAND hostile_fixture ${KABAR_GRAPH_HOSTILE})
set_tests_properties(graph_hostile_write PROPERTIES FIXTURES_SETUP hostile_files)
add_test(NAME graph_hostile_read
         COMMAND ${KABAR_PYTHON} ${KABAR_GRAPH_DIR}/check_hostile.py ${KABAR_GRAPH_HOSTILE})
add_test(NAME graph_hostile_graphml_xsd
         COMMAND ${KABAR_XMLLINT} --nonet --noout --schema ${KABAR_GRAPH_SCHEMAS}/graphml/graphml.xsd
                 ${KABAR_GRAPH_HOSTILE}/graph.graphml)
add_test(NAME graph_hostile_gexf_rng
         COMMAND ${KABAR_XMLLINT} --nonet --noout --relaxng ${KABAR_GRAPH_SCHEMAS}/gexf/gexf.rng
                 ${KABAR_GRAPH_HOSTILE}/graph.gexf)
set_tests_properties(graph_hostile_read graph_hostile_graphml_xsd graph_hostile_gexf_rng
                     PROPERTIES FIXTURES_REQUIRED hostile_files)
