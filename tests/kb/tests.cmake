# SPDX-License-Identifier: MIT
# Knowledge base: entity identity, fact aggregation, mention replay, names,
# and the TSV writer.
kabar_unit_test(test_kb ${CMAKE_CURRENT_LIST_DIR}/test_kb.c)
