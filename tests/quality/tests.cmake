# Quality on the dev gold (issue 3): export the five bundled articles and
# score them with the project's copy of the scorer and gold.
add_test(NAME quality_export
         COMMAND ${KABAR_BIN} export -q --rdf none -o ${CMAKE_CURRENT_BINARY_DIR}/quality_out
                 ${PROJECT_SOURCE_DIR}/data/corpus)
set_tests_properties(quality_export PROPERTIES FIXTURES_SETUP quality_out)
add_test(NAME quality_dev_gold
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_quality.py
                 ${CMAKE_CURRENT_LIST_DIR}/gold/dev ${CMAKE_CURRENT_BINARY_DIR}/quality_out)
set_tests_properties(quality_dev_gold PROPERTIES FIXTURES_REQUIRED quality_out)
