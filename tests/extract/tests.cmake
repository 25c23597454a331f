# SPDX-License-Identifier: MIT
# Extractor rule cases on hand-written sentences through the pipeline
# (rule_cases.h); cases the rules get wrong today are printed as known gaps.
kabar_unit_test(test_rules ${CMAKE_CURRENT_LIST_DIR}/test_rules.c ${CMAKE_CURRENT_LIST_DIR}/rule_cases.c)
# Every lexicon name, title, cue and word at the end of a document, and
# documents of one token: no rule may read past the last token.
kabar_unit_test(test_doc_ends ${CMAKE_CURRENT_LIST_DIR}/test_doc_ends.c)
# Further case files, one per area of the extractor (see each file's comment).
foreach(cases_file test_names test_cues test_frames)
  if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${cases_file}.c)
    kabar_unit_test(${cases_file} ${CMAKE_CURRENT_LIST_DIR}/${cases_file}.c
                    ${CMAKE_CURRENT_LIST_DIR}/rule_cases.c)
  endif()
endforeach()
# `kabar analyze` shows each pass's layer (clauses, phrases, frames).
add_test(NAME analyze_layers
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/analyze_layers.py ${KABAR_BIN})
