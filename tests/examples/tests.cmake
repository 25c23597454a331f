# The Gephi picture is redrawn by its documented command from a fresh export
# of the bundled corpus.
add_test(NAME examples_export
         COMMAND ${KABAR_BIN} export -q --rdf none -o ${CMAKE_CURRENT_BINARY_DIR}/examples_out
                 ${PROJECT_SOURCE_DIR}/data/corpus)
set_tests_properties(examples_export PROPERTIES FIXTURES_SETUP examples_out)
add_test(NAME examples_gephi_png
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_png.py
                 ${PROJECT_SOURCE_DIR}/examples/gephi/draw.py
                 ${CMAKE_CURRENT_BINARY_DIR}/examples_out/graph.graphml
                 ${CMAKE_CURRENT_BINARY_DIR}/graph.png)
set_tests_properties(examples_gephi_png PROPERTIES FIXTURES_REQUIRED examples_out)
