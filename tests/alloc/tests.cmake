# SPDX-License-Identifier: MIT
# Fault injection: every run of `kabar export` with its N-th allocation
# failing either says "out of memory" (exit 4) and leaves no output, or
# writes exactly what a run without failures writes. ASan brings its own
# allocator, so the sweep is not registered in the sanitizer build.
if(NOT KABAR_SANITIZE)
  add_library(kabar_failalloc SHARED ${CMAKE_CURRENT_LIST_DIR}/failalloc.c)
  target_link_libraries(kabar_failalloc PRIVATE ${CMAKE_DL_LIBS})
  kabar_warnings(kabar_failalloc)
  add_test(NAME alloc_sweep
           COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/alloc_sweep.py ${KABAR_BIN}
                   $<TARGET_FILE:kabar_failalloc> ${KABAR_TEST_DATA}/corpus/003_e5c05710ac3221a6.txt
                   ${CMAKE_CURRENT_BINARY_DIR}/alloc_sweep)
  set_tests_properties(alloc_sweep PROPERTIES TIMEOUT 300)
  # The same over kabar extract and kabar merge (a document extracted again included).
  add_test(NAME alloc_sweep_shard
           COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/alloc_sweep_shard.py ${KABAR_BIN}
                   $<TARGET_FILE:kabar_failalloc> ${KABAR_TEST_DATA}/corpus
                   ${CMAKE_CURRENT_BINARY_DIR}/alloc_sweep_shard)
  set_tests_properties(alloc_sweep_shard PROPERTIES TIMEOUT 300)
endif()
