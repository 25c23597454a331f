# SPDX-License-Identifier: MIT
# Text layer: decoder, HTML reader, cues, segmenter, tokenizer, kabar sentences.
add_executable(bench_text ${CMAKE_CURRENT_LIST_DIR}/bench_text.c)
target_link_libraries(bench_text PRIVATE kabarlib)
target_compile_definitions(bench_text PRIVATE KABAR_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
kabar_warnings(bench_text)

kabar_unit_test(test_text_decode ${CMAKE_CURRENT_LIST_DIR}/test_text_decode.c)
kabar_unit_test(test_text_html ${CMAKE_CURRENT_LIST_DIR}/test_text_html.c)
kabar_unit_test(test_text_segment ${CMAKE_CURRENT_LIST_DIR}/test_text_segment.c)
kabar_unit_test(test_text_tokens ${CMAKE_CURRENT_LIST_DIR}/test_text_tokens.c)
kabar_unit_test(test_text_inputs ${CMAKE_CURRENT_LIST_DIR}/test_text_inputs.c)
kabar_unit_test(test_text_invisible ${CMAKE_CURRENT_LIST_DIR}/test_text_invisible.c)
kabar_unit_test(test_text_dates ${CMAKE_CURRENT_LIST_DIR}/test_text_dates.c)

# The sentence split of the five bundled articles, checked by hand.
file(GLOB KABAR_TEXT_CORPUS ${KABAR_TEST_DATA}/corpus/*.txt)
list(SORT KABAR_TEXT_CORPUS)
add_test(NAME text_sentences_golden
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_sentences.py ${KABAR_BIN}
                 ${KABAR_TEST_DATA} ${CMAKE_CURRENT_LIST_DIR}/golden/sentences.tsv
                 ${KABAR_TEXT_CORPUS})
add_test(NAME text_sentences_cli
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/cli_sentences.py ${KABAR_BIN}
                 ${KABAR_TEST_DATA})
