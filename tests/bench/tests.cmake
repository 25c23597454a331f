# SPDX-License-Identifier: MIT
# Benchmarks. They print figures and assert nothing about time, so ctest
# runs only a small smoke run of the pipeline benchmark; the real one is a
# target:  cmake --build BUILD --target bench
set(KABAR_BENCH_DIR ${CMAKE_CURRENT_LIST_DIR})

# The whole pipeline on a generated corpus of 4,000 articles (about 35 MB).
set(KABAR_BENCH_PIPELINE ${KABAR_PYTHON} ${KABAR_BENCH_DIR}/bench_pipeline.py
    $<TARGET_FILE:kabar> ${KABAR_TEST_DATA}/corpus)
set(KABAR_BENCH_COMMANDS COMMAND ${KABAR_BENCH_PIPELINE} --docs 4000)
# The realistic corpus (gen_corpus.py: people and states varied, so that
# entities grow with it) of 10 MB, and one document of 2 MB against 8 MB.
list(APPEND KABAR_BENCH_COMMANDS COMMAND ${KABAR_BENCH_PIPELINE} --realistic --mb 10 --linearity 2)
# Peak RSS of export (--rdf none, and Turtle, the default) on the realistic
# corpus of 100 MB and of 400 MB, side by side.
list(APPEND KABAR_BENCH_COMMANDS COMMAND ${KABAR_BENCH_PIPELINE} --rss-sizes 100,400)
# Peak RSS on 15 MB and 60 MB of random words (the caches of analysed words
# are bounded: it should not grow with the input).
list(APPEND KABAR_BENCH_COMMANDS COMMAND ${KABAR_BENCH_PIPELINE} --random-words 15)
set(KABAR_BENCH_DEPENDS kabar)
# bench_graph (tests/graph/tests.cmake) times the network metrics alone.
# --compare 6000: the sampled metrics of a 6,000-vertex graph against exact
# values (largest error beside the stated bound, top-100 overlap).
if(TARGET bench_graph)
  list(APPEND KABAR_BENCH_COMMANDS COMMAND $<TARGET_FILE:bench_graph> 1000 10000
       COMMAND $<TARGET_FILE:bench_graph> --compare 6000)
  list(APPEND KABAR_BENCH_DEPENDS bench_graph)
  # The metrics at scale, apart (about 5 minutes on two cores): graphs of
  # 100,000 and 1,000,000 vertices, with their time and stated bounds.
  add_custom_target(bench_graph_scale
                    COMMAND $<TARGET_FILE:bench_graph> --compare 6000
                    COMMAND $<TARGET_FILE:bench_graph> 100000 1000000
                    DEPENDS bench_graph USES_TERMINAL VERBATIM
                    COMMENT "kabar graph metrics at 6k (against exact), 100k and 1M vertices")
endif()
add_custom_target(bench ${KABAR_BENCH_COMMANDS} DEPENDS ${KABAR_BENCH_DEPENDS}
                  USES_TERMINAL VERBATIM
                  COMMENT "kabar benchmarks (figures only, no pass/fail on time)")

# Proof that the benchmark script works: 50 documents, 0.3 MB of the
# realistic corpus, the linearity run on 0.1 MB (figures only).
add_test(NAME bench_smoke COMMAND ${KABAR_BENCH_PIPELINE} --docs 50)
add_test(NAME bench_realistic_smoke
         COMMAND ${KABAR_BENCH_PIPELINE} --realistic --mb 0.3 --linearity 0.1)
# The realistic generator: the same seed gives the same bytes, another seed
# others, and 1 MB of it names far more entities and people than 1 MB of
# the recombined articles.
# The peak RSS table on 0.1 and 0.4 MB (figures only).
add_test(NAME bench_rss_smoke COMMAND ${KABAR_BENCH_PIPELINE} --rss-sizes 0.1,0.4)
add_test(NAME bench_generator COMMAND ${KABAR_BENCH_PIPELINE} --check-generator --mb 1)
# Memory on words that never repeat: the peak RSS of 8 MB of random words
# is at most 1.3 times that of 2 MB (it was 3.1 times when the caches of
# analysed words grew without bound).
# Under AddressSanitizer, whose quarantine holds freed memory (256 MB), the
# figures only.
if(KABAR_SANITIZE)
  set(KABAR_RSS_RATIO)
else()
  set(KABAR_RSS_RATIO --max-rss-ratio 1.3)
endif()
add_test(NAME bench_random_words_rss
         COMMAND ${KABAR_BENCH_PIPELINE} --random-words 2 ${KABAR_RSS_RATIO})
