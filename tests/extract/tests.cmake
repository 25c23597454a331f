# SPDX-License-Identifier: MIT
# Extractor rule families on hand-written sentences through the pipeline;
# cases the rules get wrong today are printed as known gaps.
kabar_unit_test(test_rules ${CMAKE_CURRENT_LIST_DIR}/test_rules.c)
# Every lexicon name, title, cue and word at the end of a document, and
# documents of one token: no rule may read past the last token.
kabar_unit_test(test_doc_ends ${CMAKE_CURRENT_LIST_DIR}/test_doc_ends.c)
