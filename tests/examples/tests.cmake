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

# kabar past one machine, end to end: examples/parallel/run.sh through GNU
# parallel on this machine, and examples/slurm/submit.sh (a job array and a
# dependent merge job) on a single-node Slurm cluster the test starts and
# stops itself; each the same bytes as one export. Skipped (exit 77, with
# the reason) without GNU parallel, or where Slurm cannot run (not root, no
# slurm-wlm or munge, daemons that do not start).
foreach(engine parallel slurm)
  add_test(NAME examples_${engine}
           COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/examples_shards.py ${engine}
                   ${KABAR_BIN} ${PROJECT_SOURCE_DIR})
  set_tests_properties(examples_${engine} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)
endforeach()
