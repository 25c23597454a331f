# SPDX-License-Identifier: MIT
# Extractor rule families on hand-written sentences through the pipeline;
# cases the rules get wrong today are printed as known gaps.
kabar_unit_test(test_rules ${CMAKE_CURRENT_LIST_DIR}/test_rules.c)
